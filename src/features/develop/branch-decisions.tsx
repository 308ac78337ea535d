import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { DevelopmentTimeline } from '@contract/schemas/development';
import { SectionHeader } from '@/components/section-header';

type Decision = DevelopmentTimeline['decisions'][number];

/** During the probation: the branch meeting may extend it once or cancel the 预备党员资格 instead of converting. */
export function BranchDecisions({ decisions, onPick }: { decisions: Decision[]; onPick: (step: Decision) => void }) {
  if (decisions.length === 0) return null;
  return (
    <>
      <SectionHeader title="支部决定" />
      <View className="card develop-next" data-testid="develop-decisions">
        <Text className="develop-step__meta">
          预备期满，支部大会认为需要继续考察的，可延长预备期一次（半年至一年）；不具备党员条件的，取消预备党员资格。须报上级党委审批。
        </Text>
        {decisions.map((step) => (
          <Button key={step.stepKey} block type="primary" fill="outline" onClick={() => onPick(step)}>
            {step.label}
          </Button>
        ))}
      </View>
    </>
  );
}
