import { useState } from 'react';
import dayjs from 'dayjs';
import { useRouter } from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { CONTENT_KIND_LABELS } from '@contract/labels';
import { TextField } from '@/components/form';
import { PickRow } from '@/components/pick-row';
import { PageShell } from '@/components/page-shell';
import { PagedList } from '@/components/paged-list';
import { EmptyView, LoadingView } from '@/components/state-views';
import { openAdmin } from '@/features/admin/admin-links';
import { dateText } from '@/features/study/format';
import { call } from '@/lib/api-client';
import { useCall } from '@/lib/use-call';
import { usePagedCall } from '@/lib/use-paged-call';
import '@/features/study/study.scss';

const FORMAT = 'YYYY-MM-DD HH:mm';

/** Plans assigned in the unit's subtree; assign a new one from published content. */
export default function AdminPlansPage() {
  const unitId = useRouter().params.unitId ?? '';
  const [creating, setCreating] = useState(false);
  const paged = usePagedCall((skip) => call('admin.planList', { unitId, skip, limit: 20 }), unitId);
  const { reload } = paged;
  return (
    <PageShell>
      <Button className="button plans__new" onClick={() => setCreating(!creating)}>
        {creating ? '收起' : '布置学习计划'}
      </Button>
      {creating ? (
        <PlanForm
          unitId={unitId}
          onCreated={() => {
            setCreating(false);
            reload();
          }}
        />
      ) : null}
      <PagedList paged={paged} empty="还没有布置学习计划。">
        {(plan) => (
          <View key={plan.planId} className="card" onClick={() => openAdmin.planReport(plan.planId)}>
            <Text className="study-card__title">{plan.title}</Text>
            <View className="muted">
              {plan.unitName} · {plan.itemCount} 项 · {dateText(plan.startAt)} 至 {dateText(plan.deadline)}
            </View>
            <Text className="tag">查看完成情况 ›</Text>
          </View>
        )}
      </PagedList>
    </PageShell>
  );
}

function PlanForm({ unitId, onCreated }: { unitId: string; onCreated: () => void }) {
  const published = useCall('admin.contentList', { unitId, status: 'published', limit: 100 }, unitId);
  const exams = useCall('admin.quizList', { unitId, limit: 50 }, unitId);
  const [quizIds, setQuizIds] = useState<string[]>([]);
  const [title, setTitle] = useState('');
  const [startAt, setStartAt] = useState(dayjs().format(FORMAT));
  const [deadline, setDeadline] = useState(dayjs().add(30, 'day').hour(23).minute(59).format(FORMAT));
  const [chosen, setChosen] = useState<string[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const toggle = (id: string) => setChosen(chosen.includes(id) ? chosen.filter((c) => c !== id) : [...chosen, id]);
  const submit = async () => {
    const result = await call('admin.planCreate', {
      unitId,
      title,
      itemIds: chosen,
      quizIds,
      startAt: dayjs(startAt.replace(/\//g, '-')).valueOf() || 0,
      deadline: dayjs(deadline.replace(/\//g, '-')).valueOf() || 0,
    });
    if (!result.ok) return setErrors(result.error.fields ?? { _: result.error.message });
    onCreated();
  };
  return (
    <View className="card">
      <TextField label="计划名称" value={title} onChange={setTitle} error={errors.title} name="plan-title" />
      <TextField
        label={`开始时间（${FORMAT}）`}
        value={startAt}
        onChange={setStartAt}
        error={errors.startAt}
        name="plan-start"
      />
      <TextField
        label="截止时间"
        value={deadline}
        onChange={setDeadline}
        error={errors.deadline}
        name="plan-deadline"
      />
      <View className="section-title">选择学习内容（已选 {chosen.length} 项）</View>
      {errors.itemIds ? <View className="field__error">{errors.itemIds}</View> : null}
      {published.state.status === 'loading' ? <LoadingView /> : null}
      {published.state.status === 'ready' && published.state.data.items.length === 0 ? (
        <EmptyView message="还没有已发布的学习内容，请先发布。" />
      ) : null}
      {published.state.status === 'ready'
        ? published.state.data.items.map((item) => (
            <PickRow
              key={item.contentId}
              className="plan-form__item"
              on={chosen.includes(item.contentId)}
              onToggle={() => toggle(item.contentId)}
            >
              {item.title}
              <Text className="muted">（{CONTENT_KIND_LABELS[item.kind]}）</Text>
            </PickRow>
          ))
        : null}
      <View className="section-title">需要通过的考试（可选，已选 {quizIds.length} 场）</View>
      {errors.quizIds ? <View className="field__error">{errors.quizIds}</View> : null}
      {exams.state.status === 'ready'
        ? exams.state.data.items
            .filter((quiz) => quiz.kind === 'exam' && quiz.closesAt > Date.now())
            .map((quiz) => (
              <PickRow
                key={quiz.quizId}
                className="plan-form__quiz"
                on={quizIds.includes(quiz.quizId)}
                onToggle={() =>
                  setQuizIds(
                    quizIds.includes(quiz.quizId)
                      ? quizIds.filter((id) => id !== quiz.quizId)
                      : [...quizIds, quiz.quizId],
                  )
                }
              >
                {quiz.title}
              </PickRow>
            ))
        : null}
      {errors._ ? <View className="field__error">{errors._}</View> : null}
      <Button className="button plan-form__submit" onClick={() => void submit()}>
        布置计划
      </Button>
    </View>
  );
}
