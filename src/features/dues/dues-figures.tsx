import { Text, View } from '@tarojs/components';

export interface DuesFigure {
  label: string;
  value: string;
  strong?: boolean;
}

/** A row of figures in one card, each a number over its label; the ones that matter red. */
export function DuesFigures({ figures, testId }: { figures: DuesFigure[]; testId?: string }) {
  return (
    <View className="card dues-figures" data-testid={testId}>
      {figures.map((figure) => (
        <View key={figure.label} className="dues-figures__item" aria-label={`${figure.label} ${figure.value}`}>
          <Text className={`dues-figures__value ${figure.strong ? 'dues-figures__value--strong' : ''}`}>
            {figure.value}
          </Text>
          <Text className="dues-figures__label">{figure.label}</Text>
        </View>
      ))}
    </View>
  );
}
