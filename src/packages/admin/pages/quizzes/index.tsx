import { useState } from 'react';
import dayjs from 'dayjs';
import Taro, { useRouter } from '@tarojs/taro';
import { Button, Switch, Text, View } from '@tarojs/components';
import {
  DIFFICULTIES,
  DIFFICULTY_LABELS,
  PARTIAL_CREDIT_LABELS,
  PARTIAL_CREDITS,
  QUIZ_KIND_LABELS,
  QUIZ_KINDS,
  REVIEW_POLICIES,
  REVIEW_POLICY_LABELS,
  type Difficulty,
  type PartialCredit,
  type QuizKind,
  type ReviewPolicy,
} from '@contract/labels';
import { ChoiceField, Field, TextField } from '@/components/form';
import { PickRow } from '@/components/pick-row';
import { PageShell } from '@/components/page-shell';
import { PagedList } from '@/components/paged-list';
import { call } from '@/lib/api-client';
import { useCall } from '@/lib/use-call';
import { usePagedCall } from '@/lib/use-paged-call';
import '@/features/study/study.scss';

const FORMAT = 'YYYY-MM-DD HH:mm';
type Draw = { tag?: string; difficulty?: Difficulty; count: number };

/** Exams and competitions of the unit's subtree; compose a new one from the banks. */
export default function AdminQuizzesPage() {
  const unitId = useRouter().params.unitId ?? '';
  const [creating, setCreating] = useState(false);
  const paged = usePagedCall((skip) => call('admin.quizList', { unitId, skip, limit: 20 }), unitId);
  const { reload } = paged;
  return (
    <PageShell>
      <Button className="button quizzes__new" onClick={() => setCreating(!creating)}>
        {creating ? '收起' : '发布考试或竞赛'}
      </Button>
      {creating ? (
        <QuizForm
          unitId={unitId}
          onDone={() => {
            setCreating(false);
            reload();
          }}
        />
      ) : null}
      <PagedList paged={paged} empty="还没有发布考试或竞赛。">
        {(quiz) => (
          <View
            key={quiz.quizId}
            className="card"
            onClick={() =>
              void Taro.navigateTo({ url: `/packages/admin/pages/quiz-analysis/index?quizId=${quiz.quizId}` })
            }
          >
            <View className="row">
              <Text className="study-card__title">{quiz.title}</Text>
              <Text className="tag">{QUIZ_KIND_LABELS[quiz.kind]}</Text>
            </View>
            <View className="muted">
              {quiz.questionCount} 题 · 已交卷 {quiz.submitted} 份 · {dayjs(quiz.opensAt).format('M月D日')} 至{' '}
              {dayjs(quiz.closesAt).format('M月D日')}
            </View>
            <Text className="tag">查看成绩分析 ›</Text>
          </View>
        )}
      </PagedList>
    </PageShell>
  );
}

function QuizForm({ unitId, onDone }: { unitId: string; onDone: () => void }) {
  const children = useCall('admin.unitOverview', { unitId }, unitId);
  const [kind, setKind] = useState<QuizKind>('exam');
  const [title, setTitle] = useState('');
  const [opensAt, setOpensAt] = useState(dayjs().format(FORMAT));
  const [closesAt, setClosesAt] = useState(dayjs().add(7, 'day').hour(22).minute(0).format(FORMAT));
  const [minutes, setMinutes] = useState('30');
  const [attempts, setAttempts] = useState('1');
  const [pass, setPass] = useState('60');
  const [shuffle, setShuffle] = useState(true);
  const [policy, setPolicy] = useState<ReviewPolicy>('after_submit');
  const [partial, setPartial] = useState<PartialCredit>('half');
  const [draws, setDraws] = useState<Draw[]>([{ count: 10 }]);
  // Draws with no count are left out, so an exam can be fixed questions only.
  const [audience, setAudience] = useState<string[]>([]);
  const bank = useCall('admin.questionList', { unitId, status: 'active', limit: 100 }, unitId);
  const [fixed, setFixed] = useState<string[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const setDraw = (index: number, patch: Partial<Draw>) =>
    setDraws(draws.map((d, i) => (i === index ? { ...d, ...patch } : d)));
  const save = async () => {
    const result = await call('admin.quizSave', {
      unitId,
      kind,
      title,
      audienceUnitIds: kind === 'competition' ? audience : [],
      fixedQuestionIds: fixed,
      draws: draws
        .filter((d) => d.count > 0)
        .map((d) => ({
          ...(d.tag ? { tag: d.tag } : {}),
          ...(d.difficulty ? { difficulty: d.difficulty } : {}),
          count: d.count,
        })),
      opensAt: dayjs(opensAt.replace(/\//g, '-')).valueOf() || 0,
      closesAt: dayjs(closesAt.replace(/\//g, '-')).valueOf() || 0,
      timeLimitMinutes: minutes.trim() ? Number(minutes) : null,
      attemptLimit: Number(attempts) || 1,
      passPercent: Number(pass) || 0,
      shuffle,
      reviewPolicy: policy,
      partialCredit: partial,
    });
    if (!result.ok) return setErrors(result.error.fields ?? { _: result.error.message });
    onDone();
  };
  const units = children.state.status === 'ready' ? children.state.data.childUnits : [];
  return (
    <View className="card">
      <ChoiceField
        label="类型"
        value={kind}
        options={QUIZ_KINDS.map((k) => ({ value: k, label: QUIZ_KIND_LABELS[k] }))}
        onChange={setKind}
      />
      <TextField label="标题" value={title} onChange={setTitle} error={errors.title} name="quiz-title" />
      <TextField
        label={`开始时间（${FORMAT}）`}
        value={opensAt}
        onChange={setOpensAt}
        error={errors.opensAt}
        name="quiz-opens"
      />
      <TextField label="结束时间" value={closesAt} onChange={setClosesAt} error={errors.closesAt} name="quiz-closes" />
      <TextField
        label="限时（分钟，不填为不限时）"
        value={minutes}
        onChange={setMinutes}
        type="number"
        error={errors.timeLimitMinutes}
        name="quiz-minutes"
      />
      <TextField
        label="每人可答次数"
        value={attempts}
        onChange={setAttempts}
        type="number"
        error={errors.attemptLimit}
        name="quiz-attempts"
      />
      <TextField
        label="及格分（百分制）"
        value={pass}
        onChange={setPass}
        type="number"
        error={errors.passPercent}
        name="quiz-pass"
      />
      <ChoiceField
        label="答案公布"
        value={policy}
        options={REVIEW_POLICIES.map((p) => ({ value: p, label: REVIEW_POLICY_LABELS[p] }))}
        onChange={setPolicy}
      />
      {policy === 'after_submit' ? null : (
        <View className="muted">
          {policy === 'never'
            ? '党员看不到答案、解析和每题对错，错题也不进入错题本；选定的题目从此不再出现在每日答题、挑战答题和公布答案更早的考试中。'
            : '结束前党员看不到答案、解析和每题对错，错题在结束后才进入错题本；选定的题目在结束前不出现在每日答题、挑战答题和公布答案更早的考试中。'}
        </View>
      )}
      <ChoiceField
        label="多选题少选"
        value={partial}
        options={PARTIAL_CREDITS.map((p) => ({ value: p, label: PARTIAL_CREDIT_LABELS[p] }))}
        onChange={setPartial}
      />
      <View className="row">
        <Text>题目和选项乱序</Text>
        <Switch checked={shuffle} onChange={(e) => setShuffle(e.detail.value)} />
      </View>
      {kind === 'competition' ? (
        <Field label="参赛单位（不选为本单位全体）" error={errors.audienceUnitIds}>
          <View className="chips">
            {units.map((u) => (
              <Text
                key={u.unitId}
                className={audience.includes(u.unitId) ? 'chips__item chips__item--on' : 'chips__item'}
                onClick={() =>
                  setAudience(
                    audience.includes(u.unitId) ? audience.filter((a) => a !== u.unitId) : [...audience, u.unitId],
                  )
                }
              >
                {u.name}
              </Text>
            ))}
          </View>
        </Field>
      ) : null}
      <View className="section-title">固定题目（已选 {fixed.length} 道，来自本单位题库）</View>
      {bank.state.status === 'ready' && bank.state.data.items.length === 0 ? (
        <View className="muted">本单位题库还没有题目，可只用随机抽题。</View>
      ) : null}
      {bank.state.status === 'ready'
        ? bank.state.data.items.map((q) => (
            <PickRow
              key={q.questionId}
              className="quiz-form__question"
              on={fixed.includes(q.questionId)}
              onToggle={() =>
                setFixed(
                  fixed.includes(q.questionId) ? fixed.filter((id) => id !== q.questionId) : [...fixed, q.questionId],
                )
              }
            >
              {q.stem}
            </PickRow>
          ))
        : null}
      <View className="section-title">随机抽题（从本单位及上级题库）</View>
      {errors.draws || errors.fixedQuestionIds ? (
        <View className="field__error">{errors.draws ?? errors.fixedQuestionIds}</View>
      ) : null}
      {draws.map((draw, index) => (
        <View key={index} className="card editor-block">
          <TextField
            label="知识点（可不填）"
            value={draw.tag ?? ''}
            onChange={(tag) => setDraw(index, { tag: tag.trim() || undefined })}
          />
          <ChoiceField
            label="难度"
            value={draw.difficulty ?? ''}
            options={DIFFICULTIES.map((d) => ({ value: d, label: DIFFICULTY_LABELS[d] }))}
            onChange={(difficulty) => setDraw(index, { difficulty })}
          />
          <TextField
            label="题数"
            value={String(draw.count)}
            type="number"
            onChange={(n) => setDraw(index, { count: Number(n) || 0 })}
          />
          <Text className="tag" onClick={() => setDraws(draws.filter((_, i) => i !== index))}>
            删除这一组
          </Text>
        </View>
      ))}
      <Text className="chips__item" onClick={() => setDraws([...draws, { count: 5 }])}>
        + 增加一组抽题
      </Text>
      {errors._ ? <View className="field__error">{errors._}</View> : null}
      <Button className="button quiz-form__submit" onClick={() => void save()}>
        发布
      </Button>
    </View>
  );
}
