import { Text, View } from '@tarojs/components';
import { Cell, CellGroup, Tag } from '@nutui/nutui-react-taro';
import { HONOUR_KIND_LABELS, HONOUR_LEVEL_LABELS } from '@contract/assessment-labels';
import type { Honour } from '@contract/schemas/assessment';
import type { z } from 'zod';
import { EmptyView } from '@/components/state-views';
import { dateText } from '@/lib/format';

/** 表彰 (and, for an admin who confirmed identity, 处分) records: title, level, date and document number. */
export function HonourList({ items, empty }: { items: Array<z.output<typeof Honour>>; empty: string }) {
  if (items.length === 0) return <EmptyView message={empty} />;
  return (
    <CellGroup>
      {items.map((honour) => (
        <Cell
          className="assess-row"
          key={honour.honourId}
          title={
            <View className="assess-line">
              <Text className="assess-line__label">{honour.title}</Text>
              <Tag type={honour.kind === 'discipline' ? 'warning' : 'danger'} plain className="assess-grade">
                {HONOUR_LEVEL_LABELS[honour.level]}
                {HONOUR_KIND_LABELS[honour.kind]}
              </Tag>
            </View>
          }
          description={`${dateText(honour.awardedAt)}${honour.documentNo ? ` · ${honour.documentNo}` : ''}`}
        />
      ))}
    </CellGroup>
  );
}
