import { Text, View } from '@tarojs/components';

export function ProgressBar({ percent, completed }: { percent: number; completed: boolean }) {
  return (
    <View className="progress" aria-label={`学习进度 ${percent}%`}>
      <View className="progress__track">
        <View
          className={completed ? 'progress__fill progress__fill--done' : 'progress__fill'}
          style={{ width: `${percent}%` }}
        />
      </View>
      <Text className={completed ? 'progress__text progress__text--done' : 'progress__text'}>
        {completed ? '已学完' : percent > 0 ? `${percent}%` : '未学习'}
      </Text>
    </View>
  );
}
