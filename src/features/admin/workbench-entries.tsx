import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import { Badge, Grid } from '@nutui/nutui-react-taro';
import { useElderMode } from '@/features/elder-mode/use-elder-mode';
import { colors } from '@/theme/tokens';

export interface Entry {
  /** Also the entry's test id (`entry-<key>`, on its icon tile) and class (`admin__<key>`). */
  key: string;
  label: string;
  Icon: (props: { size?: number; color?: string }) => ReactNode;
  onClick: () => void;
  /** Work waiting behind the entry: a red count on its icon. */
  pending?: number;
}

export interface EntryGroup {
  title: string;
  /** A short fact on the right of the title (e.g. 正式 10 · 预备 2). */
  note?: string;
  entries: Entry[];
  /** Rows under the grid, e.g. the plans from above. */
  footer?: ReactNode;
}

/** One card per line of work: a titled Grid of icon entries, with a Badge where something waits. */
export function WorkbenchGroup({ group }: { group: EntryGroup }) {
  const [elder] = useElderMode();
  return (
    <View className="workbench-group" role="group" aria-label={group.title}>
      <View className="workbench-group__head">
        <Text className="workbench-group__title">{group.title}</Text>
        {group.note ? <Text className="workbench-group__note">{group.note}</Text> : null}
      </View>
      <Grid columns={elder ? 2 : 4} className="workbench-group__grid">
        {group.entries.map((entry) => (
          <Grid.Item
            key={entry.key}
            className={`workbench-entry admin__${entry.key}`}
            text={<Text className="workbench-entry__label">{entry.label}</Text>}
            onClick={entry.onClick}
          >
            <Badge
              value={entry.pending ? entry.pending : undefined}
              max={99}
              aria-label={entry.pending ? `${entry.pending} 项待处理` : undefined}
            >
              <View className="workbench-entry__tile" data-testid={`entry-${entry.key}`}>
                <entry.Icon size={elder ? 30 : 24} color={colors.primary} />
              </View>
            </Badge>
          </Grid.Item>
        ))}
      </Grid>
      {group.footer}
    </View>
  );
}
