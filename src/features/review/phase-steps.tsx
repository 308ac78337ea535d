import { View } from '@tarojs/components';
import { Step, Steps } from '@nutui/nutui-react-taro';
import type { ReviewPhase } from '@contract/review-labels';
import { PHASE_STEPS, stepOf } from './review-labels';

/** 自我评价 → 民主测评 → 组织评定 → 公示 → 已完成, the current phase lit. */
export function PhaseSteps({ phase }: { phase: ReviewPhase }) {
  return (
    <View className="review-steps" data-testid="review-steps">
      {/* `dynamic`: each step is marked done, current or waiting (the kit's default status marks none). */}
      <Steps value={stepOf(phase)} status="dynamic" type="dot" layout="double">
        {PHASE_STEPS.map((step, i) => (
          <Step key={step.phase} value={i + 1} title={step.title} />
        ))}
      </Steps>
    </View>
  );
}
