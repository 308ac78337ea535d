import { useRouter, useShareAppMessage } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Cell, CellGroup, NoticeBar } from '@nutui/nutui-react-taro';
import { ArrowRight } from '@nutui/icons-react-taro';
import { CallView } from '@/components/call-view';
import { PageShell } from '@/components/page-shell';
import { ActivityActionBar } from '@/features/activities/activity-action-bar';
import { ActivityFacts } from '@/features/activities/activity-facts';
import { ActivityHeader } from '@/features/activities/activity-header';
import { CheckinSheet } from '@/features/activities/checkin-sheet';
import { LeaveDialog } from '@/features/activities/leave-dialog';
import { memberActions } from '@/features/activities/member-actions';
import { MemberMinutes } from '@/features/activities/member-minutes';
import { RosterPopup } from '@/features/activities/roster-popup';
import { SignupSheet } from '@/features/activities/signup-sheet';
import { SignupSummary } from '@/features/activities/signup-summary';
import { useMemberActivity } from '@/features/activities/use-member-activity';
import { useShareContext } from '@/features/activities/use-share-context';
import { CommentsSection } from '@/features/forum/comments-section';
import { openAdmin } from '@/features/admin/admin-links';
import { clockTimeText } from '@/lib/format';
import { pageUrl } from '@/lib/pages';
import { useCall } from '@/lib/use-call';
import './index.scss';

/** One activity: what, when, where, who has signed up, and the one next step in the bar at the bottom. */
export default function ActivityDetailPage() {
  const router = useRouter();
  const activityId = router.params.activityId ?? '';
  const { state, reload } = useCall('activity.get', { activityId }, activityId);
  const loaded = state.status === 'ready' ? state.data : null;
  const act = useMemberActivity(activityId, reload);
  const share = useShareContext(activityId, loaded, router.params.shareTicket);

  useShareAppMessage(() => ({
    title: loaded ? loaded.title : '支部活动',
    path: pageUrl('activityDetail', { activityId }),
  }));

  const bind = async (unitId: string) => {
    const result = await share.bindGroup(unitId);
    if (!result) return;
    act.setMessage(
      result.ok
        ? { ok: true, text: `已将本群绑定到「${result.data.unitName}」。` }
        : { ok: false, text: result.error.message },
    );
  };

  return (
    <PageShell>
      <CallView state={state} onRetry={reload}>
        {(activity) => {
          const { primary, secondary } = memberActions(activity);
          return (
            <View className="activity-detail">
              {share.group ? <NoticeBar content={`来自「${share.group}」的群聊`} /> : null}
              <ActivityHeader activity={activity} />
              {act.message ? (
                <View className={act.message.ok ? 'notice notice--ok' : 'notice'} role="status">
                  {act.message.text}
                </View>
              ) : null}
              <ActivityFacts activity={activity} />
              <SignupSummary
                activity={activity}
                onRoster={activity.showRoster || activity.canManage ? () => void act.openRoster() : undefined}
              />
              <View className="detail-card">
                <Text className="section-title">活动内容</Text>
                <Text className="detail-card__text">{activity.description || '组织者没有填写活动说明。'}</Text>
              </View>
              {activity.minutesAvailable ? <MemberMinutes activityId={activityId} /> : null}
              <CommentsSection targetKind="activity" targetId={activityId} />
              {activity.canManage ? (
                <CellGroup>
                  <Cell
                    title="管理此活动"
                    extra={<ArrowRight size={14} />}
                    onClick={() => openAdmin.manageActivity(activityId)}
                  />
                  {share.canBind ? (
                    <Cell
                      title={`将本群绑定到${activity.organiserName}`}
                      extra={<ArrowRight size={14} />}
                      onClick={() => void bind(activity.organiserUnitId)}
                    />
                  ) : null}
                </CellGroup>
              ) : null}
              <ActivityActionBar
                primary={primary}
                secondary={secondary}
                busy={act.signUp.busy}
                onPrimary={() => (primary.kind === 'checkIn' ? act.setSheet('checkin') : act.startSignUp(activity))}
                onSecondary={(action) => void act.secondary(action)}
                onShare={() => void act.copyLink()}
              />
              <SignupSheet
                visible={act.sheet === 'signup'}
                fields={activity.extraFields}
                answers={act.signUp.values.answers}
                errors={act.signUp.errors}
                busy={act.signUp.busy}
                onAnswer={(key, value) => act.signUp.set('answers', { ...act.signUp.values.answers, [key]: value })}
                onSubmit={() => act.submitSignUp(activity)}
                onClose={() => act.setSheet(null)}
              />
              <CheckinSheet
                activityId={activityId}
                visible={act.sheet === 'checkin'}
                onDone={(done) => act.done(`签到成功（${clockTimeText(done.checkedInAt)}）。`)}
                onClose={() => act.setSheet(null)}
              />
              <LeaveDialog
                visible={act.sheet === 'leave'}
                reason={act.leave.values.reason}
                error={act.leave.errors.reason ?? act.leave.formError?.message}
                onReason={(reason) => act.leave.set('reason', reason)}
                onConfirm={() => void act.leave.submit()}
                onCancel={() => act.setSheet(null)}
              />
              <RosterPopup text={act.roster} onCopy={() => void act.copyRoster()} onClose={act.closeRoster} />
            </View>
          );
        }}
      </CallView>
    </PageShell>
  );
}
