import { Text, View } from '@tarojs/components';
import { STAGE_LABELS } from '@contract/labels';
import type { DevelopmentTimeline, RecordedStep } from '@contract/schemas/development';
import { SectionHeader } from '@/components/section-header';
import { dateText } from '@/lib/format';
import { openMaterial } from './open-material';
import { StepStateTag } from './step-state-tag';
import { stepDateText } from './step-dates';

function DoneStep({ step }: { step: RecordedStep }) {
  const people = step.contacts.map((c) => c.name).join('、');
  return (
    <View className="develop-step" data-testid="develop-step-done">
      <View className="develop-step__dot" />
      <View className="develop-step__body">
        <View className="develop-step__line">
          <Text className="develop-step__label">{step.label}</Text>
          <Text className="develop-step__date">{dateText(step.date)}</Text>
        </View>
        {step.publicityEndsAt !== null ? (
          <Text className="develop-step__meta">公示至 {dateText(step.publicityEndsAt - 86_400_000)}</Text>
        ) : null}
        {people ? (
          <Text className="develop-step__meta">
            {step.contactLabel}：{people}
          </Text>
        ) : null}
        {step.extensionMonths !== null ? (
          <Text className="develop-step__meta">预备期延长 {step.extensionMonths} 个月</Text>
        ) : null}
        {step.documents.map((document) =>
          document.url && document.fileId ? (
            <Text
              key={document.name}
              className="develop-doc__link"
              data-testid="develop-document"
              onClick={() => void openMaterial(document.url as string, document.fileId as string)}
            >
              查看材料：{document.name}
            </Text>
          ) : (
            <Text key={document.name} className="develop-step__meta">
              材料：{document.name}（未上传文件）
            </Text>
          ),
        )}
        {step.note ? <Text className="develop-step__meta">备注：{step.note}</Text> : null}
        <Text className="develop-step__meta">
          {step.recordedByName} 记录{step.late ? ' · 晚于期限' : ''}
        </Text>
      </View>
    </View>
  );
}

/** A person's development: what is done (oldest first), the next step with its dates, and what follows. */
export function TimelineView({ timeline }: { timeline: DevelopmentTimeline }) {
  const { next } = timeline;
  return (
    <View data-testid="develop-timeline">
      <View className="card develop-head">
        <Text className="develop-head__name">{timeline.name}</Text>
        <Text className="develop-head__meta">
          {timeline.unitName} · 现为{STAGE_LABELS[timeline.stage]}
        </Text>
      </View>
      {next ? (
        <>
          <SectionHeader title="下一步" />
          <View className="card develop-next" data-testid="develop-next">
            <View className="develop-next__line">
              <Text className="develop-next__label">{next.label}</Text>
              <StepStateTag state={next.state} />
            </View>
            <Text className="develop-next__date">{stepDateText(next)}</Text>
            {next.rule ? <Text className="develop-step__meta">{next.rule}</Text> : null}
            {next.documents.length > 0 ? (
              <Text className="develop-step__meta">需备材料：{next.documents.join('、')}</Text>
            ) : null}
            {next.committee ? <Text className="develop-step__meta">此步由上级党委办理、记录</Text> : null}
            {timeline.backfill ? (
              <Text className="develop-step__meta">此前的步骤尚未录入，可按顺序补录当时的日期和材料。</Text>
            ) : null}
          </View>
        </>
      ) : null}
      <SectionHeader title="已完成" />
      <View className="card develop-steps">
        {timeline.done.length === 0 ? (
          <Text className="develop-step__meta">还没有记录发展步骤。</Text>
        ) : (
          timeline.done.map((step) => <DoneStep key={step.stepKey} step={step} />)
        )}
      </View>
      {timeline.later.length > 0 ? (
        <>
          <SectionHeader title="后续步骤" />
          <View className="card develop-steps">
            {timeline.later.map((step) => (
              <View className="develop-later" key={step.stepKey}>
                <Text className="develop-later__label">{step.label}</Text>
                <Text className="develop-later__stage">{STAGE_LABELS[step.stage]}</Text>
              </View>
            ))}
          </View>
        </>
      ) : null}
    </View>
  );
}
