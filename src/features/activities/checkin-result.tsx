import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { CheckChecked, Warning } from '@nutui/icons-react-taro';
import { clockTimeText, minutesText } from '@/lib/format';
import { colors } from '@/theme/tokens';
import type { CheckedIn } from './checkin-code-form';

export type CheckinOutcome = { ok: true; done: CheckedIn } | { ok: false; message: string; out?: boolean };

function doneText(done: CheckedIn): string {
  if (done.checkedOutAt === undefined) return `${done.title} · ${clockTimeText(done.checkedInAt)} 已签到`;
  const stayed = `${clockTimeText(done.checkedInAt)}–${clockTimeText(done.checkedOutAt)}`;
  const served = `计入志愿服务 ${minutesText(done.minutes ?? 0)}`;
  const { countedFrom, countedTo } = done;
  // Early arrival or a late stay does not count: say which stretch did, so the figure is not a surprise.
  const clamped =
    countedFrom !== undefined &&
    countedTo !== undefined &&
    (countedFrom !== done.checkedInAt || countedTo !== done.checkedOutAt);
  if (!clamped) return `${done.title} · ${stayed}，${served}`;
  return `${done.title} · ${stayed} 在场，按活动时间 ${clockTimeText(countedFrom)}–${clockTimeText(countedTo)} ${served}`;
}

/** The end of a check-in, unmistakable from across a room: a large tick or warning, what happened, what next. */
export function CheckinResult({
  outcome,
  onRetry,
  onBack,
}: {
  outcome: CheckinOutcome;
  onRetry: () => void;
  onBack: () => void;
}) {
  const failed = !outcome.ok;
  const out = outcome.ok && outcome.done.checkedOutAt !== undefined;
  const verb = out || (!outcome.ok && outcome.out) ? '签退' : '签到';
  return (
    <View className="checkin-card checkin-result" role="status" data-testid="checkin-result">
      <View className={failed ? 'checkin-result__icon checkin-result__icon--failed' : 'checkin-result__icon'}>
        {failed ? <Warning size={36} color={colors.primary} /> : <CheckChecked size={36} color={colors.success} />}
      </View>
      <Text
        className={failed ? 'checkin-result__headline checkin-result__headline--failed' : 'checkin-result__headline'}
      >
        {failed ? `${verb}未成功` : `${verb}成功`}
      </Text>
      <Text className="checkin-result__text">{outcome.ok ? doneText(outcome.done) : outcome.message}</Text>
      {failed ? (
        <Button block type="primary" size="large" onClick={onRetry}>
          重新{verb}
        </Button>
      ) : null}
      <Button block type="primary" fill="outline" size="large" onClick={onBack}>
        返回活动
      </Button>
    </View>
  );
}
