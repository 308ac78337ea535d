import { Text, View } from '@tarojs/components';
import { Progress } from '@nutui/nutui-react-taro';
import type { Progress as StudyProgress } from '@contract/schemas/study';
import { colors } from '@/theme/tokens';
import { clockText } from './format';

/**
 * The verified study of this item as the server counts it: the time counted so far, the bar, and what is
 * still needed — read for 60 % of the estimate, or watch 90 % of the media.
 */
export function StudyTimer({
  progress,
  media,
  estimatedMinutes,
  superseded,
  pointsAwarded,
}: {
  progress: StudyProgress;
  media: boolean;
  estimatedMinutes: number;
  superseded: boolean;
  pointsAwarded: number;
}) {
  const needed = Math.ceil(estimatedMinutes * 0.6 * 60);
  const counted = media ? progress.watchedSeconds : progress.creditedSeconds;
  const message = superseded
    ? '您在其他设备或页面打开了学习，本页不再计时。'
    : progress.completed
      ? `已学完${pointsAwarded ? `，获得 ${pointsAwarded} 积分` : ''}`
      : media
        ? '看完 90% 即算学完，暂停或离开本页时不计时。'
        : `读满 ${needed} 秒即算学完，离开本页时不计时。`;
  return (
    <View
      className={`study-timer ${progress.completed ? 'study-timer--done' : ''}`}
      data-testid="study-timer"
      aria-label={`学习进度 ${progress.percent}%`}
    >
      <View className="study-timer__row">
        <View className="study-timer__clock">
          <Text className="study-timer__label">{media ? '已观看' : '已阅读'}</Text>
          <Text className="study-timer__value">{clockText(counted)}</Text>
        </View>
        <Text className="study-timer__percent">{progress.completed ? '已学完' : `${progress.percent}%`}</Text>
      </View>
      <Progress
        percent={progress.percent}
        color={progress.completed ? colors.success : colors.primary}
        background={colors.track}
        strokeWidth="6"
      />
      <Text className="study-timer__message">{message}</Text>
    </View>
  );
}
