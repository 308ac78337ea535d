import dayjs from 'dayjs';
import { Text, View } from '@tarojs/components';
import type { Dossier } from '@contract/schemas/dossier';

export function TrainingList({ trainings }: { trainings: Dossier['trainings'] }) {
  return (
    <View className="card">
      {trainings.length === 0 ? <Text className="muted">暂无培训记录</Text> : null}
      {trainings.map((training, index) => (
        <View className="row" key={`${training.at}-${index}`}>
          <Text>{training.title}</Text>
          <Text className="muted">
            {dayjs(training.at).format('YYYY年M月D日')} · {training.hours} 学时
          </Text>
        </View>
      ))}
    </View>
  );
}
