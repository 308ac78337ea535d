import { Text, View } from '@tarojs/components';
import { Cell, CellGroup, CircleProgress, Progress } from '@nutui/nutui-react-taro';
import type { NoticeReceiptsOutput } from '@contract/schemas/notices';
import { percentText } from '@/lib/format';
import { colors } from '@/theme/tokens';

/** The read rate as a ring, the counts beside it, and each unit's read rate as a bar. */
export function ReceiptsSummary({ receipts }: { receipts: NoticeReceiptsOutput }) {
  const { notice, units } = receipts;
  const rate = notice.audienceCount ? notice.readCount / notice.audienceCount : 0;
  return (
    <>
      <View className="card notice-receipts__summary">
        <CircleProgress percent={Math.round(rate * 100)} radius={48} strokeWidth={8} color={colors.primary}>
          <Text className="notice-receipts__number">{percentText(rate)}</Text>
        </CircleProgress>
        <View>
          <Text className="notice-receipts__number" data-testid="receipts-read">
            {notice.readCount}
          </Text>
          <Text className="notice-receipts__label">已读 / 共 {notice.audienceCount} 人</Text>
        </View>
        {notice.mustRead ? (
          <View>
            <Text className="notice-receipts__number" data-testid="receipts-confirmed">
              {notice.confirmedCount}
            </Text>
            <Text className="notice-receipts__label">人已确认</Text>
          </View>
        ) : null}
      </View>
      <CellGroup title="各单位阅读情况">
        {units.map((unit) => (
          <Cell key={unit.unitId}>
            <View className="notice-units__row">
              <View className="notice-units__line">
                <Text className="notice-units__name">{unit.unitName}</Text>
                <Text className="notice-units__rate">
                  已读 {unit.read}/{unit.audience}
                  {notice.mustRead ? ` · 确认 ${unit.confirmed}` : ''}
                </Text>
              </View>
              <Progress
                percent={unit.audience ? Math.round((unit.read / unit.audience) * 100) : 0}
                color={colors.primary}
              />
            </View>
          </Cell>
        ))}
      </CellGroup>
    </>
  );
}
