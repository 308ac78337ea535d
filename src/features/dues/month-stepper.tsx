import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { ArrowLeft, ArrowRight } from '@nutui/icons-react-taro';

/**
 * Steps through months or years with two large buttons either side of the period's name: easier for
 * older members than a picker wheel, and the page has one period at a time.
 */
export function PeriodStepper({
  label,
  onPrevious,
  onNext,
  previousLabel,
  nextLabel,
  nextDisabled,
}: {
  label: string;
  onPrevious: () => void;
  onNext: () => void;
  previousLabel: string;
  nextLabel: string;
  nextDisabled: boolean;
}) {
  return (
    <View className="card dues-stepper" data-testid="dues-period">
      <Button size="small" fill="outline" icon={<ArrowLeft size={14} />} onClick={onPrevious}>
        {previousLabel}
      </Button>
      <Text className="dues-stepper__label">{label}</Text>
      <Button size="small" fill="outline" rightIcon={<ArrowRight size={14} />} disabled={nextDisabled} onClick={onNext}>
        {nextLabel}
      </Button>
    </View>
  );
}
