import { useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { ATTEMPT_MODE_LABELS } from '@contract/labels';
import type { FlagStatus } from '@contract/schemas/quiz-flags';
import { TextField } from '@/components/form';
import { PageShell } from '@/components/page-shell';
import { PagedList } from '@/components/paged-list';
import { dateText } from '@/features/study/format';
import { secondsText } from '@/features/quiz/format';
import { call } from '@/lib/api-client';
import { usePagedCall } from '@/lib/use-paged-call';
import '@/features/quiz/quiz.scss';
import '@/features/study/study.scss';

const TABS: Array<[FlagStatus, string]> = [
  ['pending', '待核实'],
  ['confirmed', '已确认有效'],
  ['voided', '已判为无效'],
];

/**
 * Attempts answered faster than a person can read, of quizzes organised in the unit's subtree and of its
 * members' daily quizzes: confirm one (it then earns its points and rank) or void it with a reason.
 */
export default function AdminQuizFlagsPage() {
  const unitId = useRouter().params.unitId ?? '';
  const [status, setStatus] = useState<FlagStatus>('pending');
  const paged = usePagedCall(
    (skip) => call('admin.quizFlags', { unitId, status, skip, limit: 20 }),
    `${unitId}:${status}`,
  );
  return (
    <PageShell>
      <View className="tabs">
        {TABS.map(([value, label]) => (
          <Text
            key={value}
            className={status === value ? 'tabs__item tabs__item--on' : 'tabs__item'}
            onClick={() => setStatus(value)}
          >
            {label}
          </Text>
        ))}
      </View>
      <PagedList paged={paged} empty="没有这类答卷。">
        {(flag) => (
          <View key={flag.attemptId} className="card flags__item">
            <View className="row">
              <Text>
                {flag.memberName} · {flag.unitName}
              </Text>
              <Text className="muted">{flag.percent} 分</Text>
            </View>
            <View className="muted">
              {ATTEMPT_MODE_LABELS[flag.mode]}「{flag.title}」· {dateText(flag.submittedAt)}
            </View>
            <View>
              用时 {secondsText(flag.seconds)}，正常阅读至少需要 {secondsText(Math.ceil(flag.neededSeconds))}
            </View>
            {flag.reason ? <View className="muted">理由：{flag.reason}</View> : null}
            {status === 'pending' ? (
              <Decide unitId={unitId} attemptId={flag.attemptId} name={flag.memberName} onDone={paged.reload} />
            ) : null}
          </View>
        )}
      </PagedList>
    </PageShell>
  );
}

function Decide(props: { unitId: string; attemptId: string; name: string; onDone: () => void }) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const decide = async (decision: 'confirm' | 'void') => {
    const { confirm } = await Taro.showModal({
      title: decision === 'confirm' ? '确认有效' : '判为无效',
      content:
        decision === 'confirm'
          ? `确认后${props.name}的这份答卷计入排行榜和积分，且不能再改。确定吗？`
          : `判为无效后这份答卷不计入排行榜和积分，且不能再改。确定吗？`,
    });
    if (!confirm) return;
    const result = await call('admin.quizFlagDecide', {
      unitId: props.unitId,
      attemptId: props.attemptId,
      decision,
      reason,
    });
    if (!result.ok) return setError(result.error.fields?.reason ?? result.error.message);
    props.onDone();
  };
  return (
    <View>
      <TextField label="理由（判为无效时必填）" value={reason} onChange={setReason} name="flag-reason" />
      {error ? <View className="field__error">{error}</View> : null}
      <View className="row">
        <Button className="button flags__confirm" onClick={() => void decide('confirm')}>
          确认有效
        </Button>
        <Button className="button button--plain flags__void" onClick={() => void decide('void')}>
          判为无效
        </Button>
      </View>
    </View>
  );
}
