import { useEffect, useState } from 'react';
import dayjs from 'dayjs';
import Taro, { useRouter, useShareAppMessage } from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { ACTIVITY_TYPE_LABELS, CANCEL_POLICY_LABELS, SIGNUP_STATUS_LABELS } from '@contract/labels';
import type { ActivityDetail } from '@contract/schemas/activities';
import { CallView } from '@/components/call-view';
import { ChoiceField, TextField } from '@/components/form';
import { PageShell } from '@/components/page-shell';
import { CheckinCodeForm } from '@/features/activities/checkin-code-form';
import { seatsText, timeRange } from '@/features/activities/format';
import { MemberMinutes } from '@/features/activities/member-minutes';
import { call } from '@/lib/api-client';
import { askReminderConsent, copyText, enableUpdatableShare, groupCloudId } from '@/lib/platform/wechat-extras';
import { useCall } from '@/lib/use-call';

type Message = { ok: boolean; text: string } | null;

function SignUpForm({ activity, onDone }: { activity: ActivityDetail; onDone: (message: Message) => void }) {
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const submit = async () => {
    const typed = Object.fromEntries(
      activity.extraFields.map((field) => [
        field.key,
        field.kind === 'number' && answers[field.key] ? Number(answers[field.key]) : (answers[field.key] ?? ''),
      ]),
    );
    const result = await call('activity.signUp', { activityId: activity.activityId, answers: typed });
    if (!result.ok) {
      setErrors(result.error.fields ?? {});
      return onDone({ ok: false, text: result.error.message });
    }
    const text = {
      confirmed: '报名成功！',
      waitlisted: '名额已满，您已进入候补，有人取消时会自动递补并通知您。',
      pending: '已提交，等待组织者审核。',
    } as Record<string, string>;
    onDone({ ok: true, text: text[result.data.status] ?? '已提交' });
  };
  return (
    <View>
      {activity.extraFields.map((field) =>
        field.kind === 'choice' ? (
          <ChoiceField
            key={field.key}
            label={field.label}
            value={answers[field.key] ?? ''}
            options={(field.options ?? []).map((option) => ({ value: option, label: option }))}
            onChange={(value) => setAnswers({ ...answers, [field.key]: value })}
            error={errors[`answers.${field.key}`]}
          />
        ) : (
          <TextField
            key={field.key}
            label={field.label}
            value={answers[field.key] ?? ''}
            type={field.kind === 'number' ? 'number' : 'text'}
            onChange={(value) => setAnswers({ ...answers, [field.key]: value })}
            error={errors[`answers.${field.key}`]}
          />
        ),
      )}
      <Button className="button detail__signup" onClick={() => void submit()}>
        {activity.capacity !== null && activity.confirmedCount >= activity.capacity ? '名额已满，加入候补' : '我要报名'}
      </Button>
    </View>
  );
}

export default function ActivityDetailPage() {
  const router = useRouter();
  const activityId = router.params.activityId ?? '';
  const { state, reload } = useCall('activity.get', { activityId }, activityId);
  const [message, setMessage] = useState<Message>(null);
  const [leaveReason, setLeaveReason] = useState('');
  const [askingLeave, setAskingLeave] = useState(false);
  const [roster, setRoster] = useState<{ text: string; names: string[] } | null>(null);
  const [group, setGroup] = useState<string | null>(null);
  const [groupId, setGroupId] = useState<string | null>(null);

  useShareAppMessage(() => ({
    title: state.status === 'ready' ? state.data.title : '支部活动',
    path: `/packages/activity/pages/detail/index?activityId=${activityId}`,
  }));

  useEffect(() => {
    void (async () => {
      const share = await call('activity.shareInfo', { activityId });
      if (share.ok && state.status === 'ready') {
        await enableUpdatableShare(share.data.updatableActivityId, state.data.confirmedCount, state.data.capacity);
      }
      const cloudID = await groupCloudId(router.params.shareTicket);
      if (cloudID) {
        setGroupId(cloudID);
        const context = await call('activity.groupEnter', { activityId, cloudID });
        if (context.ok && context.data.unitName) setGroup(context.data.unitName);
      }
    })();
    // Once the activity has loaded: the card needs its count, not every later change of it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [activityId, state.status]);

  const after = (result: { ok: boolean; error?: { message: string } }, text: string) => {
    setMessage(result.ok ? { ok: true, text } : { ok: false, text: result.error?.message ?? '' });
    reload();
  };

  const showRoster = async () => {
    const result = await call('activity.roster', { activityId });
    if (!result.ok) return setMessage({ ok: false, text: result.error.message });
    setRoster({ text: result.data.text, names: result.data.confirmed.map((c) => c.name) });
  };

  const copyRoster = async () => {
    const result = await call('activity.roster', { activityId });
    if (!result.ok) return setMessage({ ok: false, text: result.error.message });
    const copied = await copyText(result.data.text);
    setRoster({ text: result.data.text, names: result.data.confirmed.map((c) => c.name) });
    setMessage({
      ok: copied,
      text: copied ? '接龙名单已复制，可以粘贴到群里。' : '复制失败，请长按下方文字手动复制。',
    });
  };

  const bindThisGroup = async (unitId: string) => {
    if (!groupId) return;
    const result = await call('admin.bindGroup', { unitId, cloudID: groupId });
    if (result.ok) setGroup(result.data.unitName);
    setMessage(
      result.ok
        ? { ok: true, text: `已将本群绑定到「${result.data.unitName}」。` }
        : { ok: false, text: result.error.message },
    );
  };

  const copyLink = async () => {
    const copied = await copyText(window.location.href);
    setMessage({ ok: copied, text: copied ? '活动链接已复制，可以发到群里。' : '复制失败，请从地址栏复制链接。' });
  };

  const remind = async () => {
    if (!(await askReminderConsent())) return setMessage({ ok: false, text: '没有开启提醒。需要时可以再点一次。' });
    const result = await call('activity.subscribeReminder', { activityId });
    after(result, `好的，将在 ${result.ok ? dayjs(result.data.dueAt).format('M月D日 HH:mm') : ''} 提醒您。`);
  };

  return (
    <PageShell>
      <CallView state={state} onRetry={reload}>
        {(activity) => {
          const now = Date.now();
          const mine = activity.mine;
          const active = mine && ['confirmed', 'waitlisted', 'pending'].includes(mine.status);
          const open = now >= activity.signupOpensAt && now <= activity.signupClosesAt;
          return (
            <View>
              {group ? <View className="notice notice--ok">来自「{group}」的群聊</View> : null}
              <View className="title">{activity.title}</View>
              {message ? (
                <View className={message.ok ? 'notice notice--ok detail__message' : 'notice detail__message'}>
                  {message.text}
                </View>
              ) : null}
              <View className="card">
                {[
                  ['类型', ACTIVITY_TYPE_LABELS[activity.type]],
                  ['时间', timeRange(activity.startAt, activity.endAt)],
                  ['地点', activity.place.text],
                  ['组织单位', activity.organiserName],
                  ['报名情况', seatsText(activity)],
                  ['报名截止', dayjs(activity.signupClosesAt).format('M月D日 HH:mm')],
                  ['取消规则', CANCEL_POLICY_LABELS[activity.cancelPolicy]],
                  ...(activity.expectedCount ? [['应到人数', `${activity.expectedCount} 人`]] : []),
                ].map(([label, value]) => (
                  <View className="row" key={label}>
                    <Text className="muted">{label}</Text>
                    <Text>{value}</Text>
                  </View>
                ))}
              </View>
              {activity.description ? <View className="card">{activity.description}</View> : null}
              {activity.minutesAvailable ? <MemberMinutes activityId={activityId} /> : null}
              <View className="card detail__mine">
                {mine ? (
                  <View className="row">
                    <Text className="members__name">我的状态</Text>
                    <Text className="detail__status">
                      {mine.checkedInAt !== null
                        ? `已签到 · ${dayjs(mine.checkedInAt).format('M月D日 HH:mm')}`
                        : mine.status === 'waitlisted'
                          ? `候补第 ${mine.waitlistPosition} 位`
                          : SIGNUP_STATUS_LABELS[mine.status]}
                    </Text>
                  </View>
                ) : null}
                {!active && mine?.status !== 'leave' && open ? (
                  <SignUpForm
                    activity={activity}
                    onDone={(m) => {
                      setMessage(m);
                      reload();
                    }}
                  />
                ) : null}
                {!active && !open && mine?.status !== 'leave' ? (
                  <Text className="muted">{now < activity.signupOpensAt ? '报名尚未开始' : '报名已截止'}</Text>
                ) : null}
                {activity.actions.checkIn ? (
                  <CheckinCodeForm
                    activityId={activityId}
                    onDone={(m) => {
                      setMessage(m);
                      reload();
                    }}
                  />
                ) : null}
                {activity.actions.cancel ? (
                  <Button
                    className="button button--plain detail__cancel"
                    onClick={async () => after(await call('activity.cancel', { activityId }), '已取消报名。')}
                  >
                    取消报名
                  </Button>
                ) : null}
                {activity.actions.remind ? (
                  <Button className="button button--plain" onClick={() => void remind()}>
                    开始前提醒我
                  </Button>
                ) : null}
                {activity.actions.requestLeave ? (
                  askingLeave ? (
                    <View>
                      <TextField label="请假原因" value={leaveReason} onChange={setLeaveReason} name="leave-reason" />
                      <Button
                        className="button"
                        onClick={async () =>
                          after(await call('activity.requestLeave', { activityId, reason: leaveReason }), '已请假。')
                        }
                      >
                        提交请假
                      </Button>
                    </View>
                  ) : (
                    <Button className="button button--plain" onClick={() => setAskingLeave(true)}>
                      请假
                    </Button>
                  )
                ) : null}
              </View>
              <View className="actions">
                {activity.showRoster || activity.canManage ? (
                  <Button className="button button--plain detail__roster" onClick={() => void showRoster()}>
                    报名名单
                  </Button>
                ) : null}
                <Button className="button button--plain detail__copy" onClick={() => void copyRoster()}>
                  复制接龙
                </Button>
                {process.env.TARO_ENV === 'weapp' ? (
                  <Button className="button button--plain" openType="share">
                    分享到群
                  </Button>
                ) : (
                  <Button className="button button--plain" onClick={() => void copyLink()}>
                    复制活动链接
                  </Button>
                )}
                {activity.canManage && groupId && !group ? (
                  <Button className="button button--plain" onClick={() => void bindThisGroup(activity.organiserUnitId)}>
                    将本群绑定到{activity.organiserName}
                  </Button>
                ) : null}
                {activity.canManage ? (
                  <Button
                    className="button detail__manage"
                    onClick={() =>
                      void Taro.navigateTo({
                        url: `/packages/admin/pages/activity-manage/index?activityId=${activityId}`,
                      })
                    }
                  >
                    管理此活动
                  </Button>
                ) : null}
              </View>
              {roster ? (
                <View className="card">
                  <Text className="detail__roster-text" userSelect>
                    {roster.text}
                  </Text>
                </View>
              ) : null}
            </View>
          );
        }}
      </CallView>
    </PageShell>
  );
}
