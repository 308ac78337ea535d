import { Text } from '@tarojs/components';
import { Cell, CellGroup } from '@nutui/nutui-react-taro';
import { STAGE_LABELS } from '@contract/labels';
import type { Dossier } from '@contract/schemas/dossier';
import { SectionHeader } from '@/components/section-header';
import { EmptyView } from '@/components/state-views';
import { TrainingList } from '@/features/member/training-list';
import { dateText } from '@/lib/format';
import { openPage } from '@/lib/pages';

/** 发展历程 (newest first) and 培训记录, each under its section header. */
export function MemberHistory({ dossier, onAddTraining }: { dossier: Dossier; onAddTraining: () => void }) {
  const steps = [...dossier.stageHistory].reverse();
  return (
    <>
      <SectionHeader
        title="发展历程"
        action={{ label: '发展进程', onClick: () => openPage('developTimeline', { memberId: dossier.memberId }) }}
      />
      {steps.length === 0 ? (
        <EmptyView message="还没有记录发展阶段" />
      ) : (
        <CellGroup className="member-steps">
          {steps.map((step, index) => (
            <Cell
              key={`${step.at}-${index}`}
              className={index === 0 ? 'member-steps__row member-steps__row--now' : 'member-steps__row'}
              title={<Text className="member-steps__stage">{STAGE_LABELS[step.stage]}</Text>}
              extra={<Text className="member-steps__date">{dateText(step.at)}</Text>}
            />
          ))}
        </CellGroup>
      )}
      <SectionHeader title="培训记录" action={{ label: '添加', onClick: onAddTraining }} />
      <TrainingList trainings={dossier.trainings} />
    </>
  );
}
