import { Text, View } from '@tarojs/components';
import { Tag } from '@nutui/nutui-react-taro';
import { ROLE_LABELS, UNIT_KIND_LABELS } from '@contract/labels';
import { countText } from '@/lib/format';
import type { Workbench } from './use-workbench';

export interface Kpi {
  label: string;
  value: string;
  unit?: string;
  /** A number that asks for action (待办) reads red. */
  alert?: boolean;
}

/** The red band: the unit, the units above it, my role; then the key numbers on a white card. */
export function WorkbenchHeader({ workbench, kpis }: { workbench: Workbench; kpis: Kpi[] }) {
  const { overview, role } = workbench;
  return (
    <View className="workbench-header">
      <View className="workbench-header__band">
        <Text className="workbench-header__name" data-testid="workbench-unit">
          {overview.unitName}
        </Text>
        {overview.parentNames.length ? (
          <Text className="workbench-header__path">{overview.parentNames.join(' / ')}</Text>
        ) : null}
        <View className="workbench-header__tags">
          <Tag type="warning" round>
            {UNIT_KIND_LABELS[overview.kind]}
          </Tag>
          <Tag className="workbench-header__role" round>
            {ROLE_LABELS[role]}
          </Tag>
        </View>
      </View>
      <View className="workbench-kpis" role="list">
        {kpis.map((kpi) => (
          <View className="workbench-kpis__item" key={kpi.label} role="listitem" aria-label={kpi.label}>
            <View
              className={kpi.alert ? 'workbench-kpis__value workbench-kpis__value--alert' : 'workbench-kpis__value'}
            >
              {kpi.value}
              {kpi.unit ? <Text className="workbench-kpis__unit">{kpi.unit}</Text> : null}
            </View>
            <Text className="workbench-kpis__label">{kpi.label}</Text>
          </View>
        ))}
      </View>
    </View>
  );
}

export const count = (value: number, unit: string): Pick<Kpi, 'value' | 'unit'> => ({ value: countText(value), unit });
