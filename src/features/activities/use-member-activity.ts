import { useState } from 'react';
import Taro from '@tarojs/taro';
import type { ActivityDetail } from '@contract/schemas/activities';
import { call } from '@/lib/api-client';
import { whenText } from '@/lib/format';
import { askReminderConsent, copyText } from '@/lib/platform/wechat-extras';
import { useRouteForm } from '@/lib/use-route-form';
import type { SecondaryAction } from './member-actions';

export type Message = { ok: boolean; text: string } | null;

const SIGNED_UP: Record<string, string> = {
  confirmed: '报名成功！',
  waitlisted: '名额已满，您已进入候补，有人取消时会自动递补并通知您。',
  pending: '已提交，等待组织者审核。',
};

/** What a member can do on an activity, each ending in a message on the page and a fresh load. */
export function useMemberActivity(activityId: string, reload: () => void) {
  const [message, setMessage] = useState<Message>(null);
  const [sheet, setSheet] = useState<'signup' | 'checkin' | 'leave' | null>(null);
  const [roster, setRoster] = useState<string | null>(null);
  const done = (text: string) => {
    setSheet(null);
    setMessage({ ok: true, text });
    reload();
  };
  const failed = (text: string) => setMessage({ ok: false, text });

  const signUp = useRouteForm('activity.signUp', {
    initial: { answers: {} as Record<string, string> },
    guard: false,
    toInput: (values) => ({ activityId, answers: values.answers }),
    onDone: (data) => done(SIGNED_UP[data.status] ?? '已提交'),
  });
  const leave = useRouteForm('activity.requestLeave', {
    initial: { reason: '' },
    guard: false,
    toInput: (values) => ({ activityId, reason: values.reason }),
    onDone: () => done('已请假。'),
  });

  const startSignUp = (activity: ActivityDetail) => {
    if (activity.extraFields.length > 0) return setSheet('signup');
    void signUp.submit();
  };
  const submitSignUp = (activity: ActivityDetail) => {
    // Number fields go as numbers, so the server can check them as such.
    const answers = Object.fromEntries(
      activity.extraFields.map((field) => {
        const value = signUp.values.answers[field.key] ?? '';
        return [field.key, field.kind === 'number' && value ? Number(value) : value];
      }),
    );
    void signUp.submit({ answers } as { answers: Record<string, string> });
  };

  const secondary = async (action: SecondaryAction) => {
    if (action === 'requestLeave') return setSheet('leave');
    if (action === 'cancel') {
      const { confirm } = await Taro.showModal({ title: '取消报名', content: '确定取消这次活动的报名吗？' });
      if (!confirm) return;
      const result = await call('activity.cancel', { activityId });
      return result.ok ? done('已取消报名。') : failed(result.error.message);
    }
    if (!(await askReminderConsent())) return failed('没有开启提醒。需要时可以再点一次。');
    const result = await call('activity.subscribeReminder', { activityId });
    return result.ok ? done(`好的，将在 ${whenText(result.data.dueAt)} 提醒您。`) : failed(result.error.message);
  };

  const openRoster = async () => {
    const result = await call('activity.roster', { activityId });
    if (result.ok) setRoster(result.data.text);
    else failed(result.error.message);
  };
  const copyRoster = async () => {
    const copied = roster !== null && (await copyText(roster));
    setMessage(
      copied
        ? { ok: true, text: '接龙名单已复制，可以粘贴到群里。' }
        : { ok: false, text: '复制失败，请长按名单手动复制。' },
    );
  };
  const copyLink = async () => {
    const copied = await copyText(window.location.href);
    setMessage({ ok: copied, text: copied ? '活动链接已复制，可以发到群里。' : '复制失败，请从地址栏复制链接。' });
  };

  return {
    message,
    setMessage,
    sheet,
    setSheet,
    signUp,
    leave,
    startSignUp,
    submitSignUp,
    secondary,
    roster,
    openRoster,
    closeRoster: () => setRoster(null),
    copyRoster,
    copyLink,
    done,
  };
}
