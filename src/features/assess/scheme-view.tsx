import { Text, View } from '@tarojs/components';
import { Cell, CellGroup } from '@nutui/nutui-react-taro';
import { INDICATOR_SOURCE_LABELS, INDICATOR_SOURCE_UNITS, PERIOD_KIND_LABELS } from '@contract/assessment-labels';
import type { Scheme } from '@contract/schemas/assessment';
import type { z } from 'zod';
import { dateText } from '@/lib/format';

/** The scheme in force: its indicators with how each is scored. */
export function SchemeView({ scheme }: { scheme: z.output<typeof Scheme> }) {
  return (
    <View>
      <View className="card">
        <Text className="assess-line__label">{scheme.name}</Text>
        <Text className="assess-meta">
          {scheme.unitName} · {PERIOD_KIND_LABELS[scheme.periodKind]}考核 · 第 {scheme.version} 版 · 满分{' '}
          {scheme.maxTotal} 分
        </Text>
        <Text className="assess-meta">
          {scheme.createdByName} 于 {dateText(scheme.createdAt)} 保存
        </Text>
      </View>
      <CellGroup>
        {scheme.indicators.map((i) => (
          <Cell
            className="assess-row"
            key={i.key}
            title={
              <View className="assess-line">
                <Text className="assess-line__label">{i.label}</Text>
                <Text className="assess-line__value">{i.deduction ? `最多扣 ${i.cap} 分` : `最多 ${i.cap} 分`}</Text>
              </View>
            }
            description={
              i.deduction
                ? `扣分项，不计入满分：经上级审核的扣分 × ${i.weight}`
                : i.source === 'manual'
                  ? `${INDICATOR_SOURCE_LABELS.manual}：经上级审核的加扣分 × ${i.weight}`
                  : `${INDICATOR_SOURCE_LABELS[i.source]}：每 1 ${INDICATOR_SOURCE_UNITS[i.source]}得 ${i.weight} 分`
            }
          />
        ))}
      </CellGroup>
    </View>
  );
}
