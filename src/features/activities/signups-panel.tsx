import { Text, View } from '@tarojs/components';
import { Button, Cell, CellGroup, Tag } from '@nutui/nutui-react-taro';
import { SIGNUP_STATUS_LABELS } from '@contract/labels';
import { CallView } from '@/components/call-view';
import { EmptyView } from '@/components/state-views';
import { call } from '@/lib/api-client';
import { useCall } from '@/lib/use-call';
import { colors } from '@/theme/tokens';
import { claimedPositionText } from './claimed-position';

/** Who signed up, in what state, with their answers; 同意 / 拒绝 for sign-ups waiting for approval. */
export function SignupsPanel({ activityId, onMessage }: { activityId: string; onMessage: (text: string) => void }) {
  const { state, reload } = useCall('admin.activitySignups', { activityId }, activityId);
  const decide = async (memberId: string, approve: boolean) => {
    const result = await call('admin.activityDecide', { activityId, memberId, approve });
    onMessage(result.ok ? (approve ? '已同意。' : '已拒绝。') : result.error.message);
    reload();
  };
  return (
    <CallView state={state} onRetry={reload}>
      {(data) =>
        data.items.length === 0 ? (
          <EmptyView message="还没有人报名，可以把活动分享到支部群里。" />
        ) : (
          <CellGroup>
            {data.items.map((row) => {
              const status =
                row.status === 'waitlisted' ? `候补第 ${row.waitlistPosition} 位` : SIGNUP_STATUS_LABELS[row.status];
              const details = [
                row.unitName,
                row.leaveReason ? `请假：${row.leaveReason}` : '',
                ...Object.entries(row.answers).map(([key, value]) => `${key}：${value}`),
                row.claimedPosition ? claimedPositionText(row.claimedPosition) : '',
              ].filter(Boolean);
              return (
                <Cell
                  key={row.memberId}
                  align="center"
                  title={
                    <View className="signup-row">
                      <Text className="signup-row__name">{row.name}</Text>
                      <Text className="signup-row__meta">{details.join(' · ')}</Text>
                    </View>
                  }
                  extra={
                    row.status === 'pending' ? (
                      <View className="signup-row__actions">
                        <Button size="small" type="primary" onClick={() => void decide(row.memberId, true)}>
                          同意
                        </Button>
                        <Button size="small" fill="outline" onClick={() => void decide(row.memberId, false)}>
                          拒绝
                        </Button>
                      </View>
                    ) : (
                      <Tag
                        background={row.checkedIn ? colors.successTint : colors.primaryTint}
                        color={row.checkedIn ? colors.success : colors.primary}
                      >
                        {row.checkedIn ? (row.proxy ? '已代签' : '已签到') : status}
                      </Tag>
                    )
                  }
                />
              );
            })}
          </CellGroup>
        )
      }
    </CallView>
  );
}
