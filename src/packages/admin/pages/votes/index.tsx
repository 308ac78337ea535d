import { useState } from 'react';
import dayjs from 'dayjs';
import Taro, { useRouter } from '@tarojs/taro';
import { Button, Input, Text, Textarea, View } from '@tarojs/components';
import {
  VOTE_KIND_LABELS,
  VOTE_KINDS,
  VOTE_RESULT_POLICIES,
  VOTE_RESULT_POLICY_LABELS,
  type VoteKind,
  type VoteResultPolicy,
} from '@contract/labels';
import type { VoteDetail } from '@contract/schemas/votes';
import { ChoiceField, Field, TextField } from '@/components/form';
import { PageShell } from '@/components/page-shell';
import { PagedList } from '@/components/paged-list';
import { stateTag, voteWindow } from '@/features/votes/format';
import { VoteResultsView } from '@/features/votes/vote-results';
import { call } from '@/lib/api-client';
import { usePagedCall } from '@/lib/use-paged-call';
import '@/features/votes/votes.scss';

const FORMAT = 'YYYY-MM-DD HH:mm';

/** The unit's votes with turnout; publish a new one; open one to see its count or end it early. */
export default function AdminVotesPage() {
  const unitId = useRouter().params.unitId ?? '';
  const [creating, setCreating] = useState(false);
  const [open, setOpen] = useState<VoteDetail | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const paged = usePagedCall((skip) => call('admin.voteList', { unitId, skip, limit: 20 }), unitId);

  const show = async (voteId: string) => {
    const result = await call('admin.voteResults', { voteId });
    if (result.ok) setOpen(result.data);
    else setMessage(result.error.message);
  };
  const close = async (vote: VoteDetail) => {
    const { confirm } = await Taro.showModal({
      title: '提前结束投票',
      content: `结束后「${vote.title}」不能再投票，结果将公布给党员。确定结束吗？`,
    });
    if (!confirm) return;
    const result = await call('admin.voteClose', { voteId: vote.voteId });
    if (!result.ok) return setMessage(result.error.message);
    setOpen(result.data);
    paged.reload();
  };

  return (
    <PageShell>
      <Button className="button votes__new" onClick={() => setCreating(!creating)}>
        {creating ? '收起' : '发起投票'}
      </Button>
      {creating ? (
        <VoteForm
          unitId={unitId}
          onDone={() => {
            setCreating(false);
            paged.reload();
          }}
        />
      ) : null}
      {message ? <View className="notice">{message}</View> : null}
      {open ? (
        <View>
          <View className="title">{open.title}</View>
          <VoteResultsView vote={open} />
          <View className="row">
            {open.state !== 'closed' ? (
              <Button className="button button--plain votes__close" onClick={() => void close(open)}>
                提前结束
              </Button>
            ) : null}
            <Button className="button button--plain" onClick={() => setOpen(null)}>
              收起结果
            </Button>
          </View>
        </View>
      ) : null}
      <PagedList paged={paged} empty="还没有发起过投票。点上方「发起投票」开始。">
        {(vote) => (
          <View key={vote.voteId} className="card" onClick={() => void show(vote.voteId)}>
            <View className="row">
              <Text className="vote-card__title">{vote.title}</Text>
              <Text className="tag">{stateTag(vote.state, false)}</Text>
            </View>
            <View className="muted">
              {vote.unitName} · {VOTE_KIND_LABELS[vote.kind]} · 已投 {vote.ballots}/{vote.eligible} 人
            </View>
            <View className="muted">{voteWindow(vote.opensAt, vote.closesAt)}</View>
            <Text className="tag">查看结果 ›</Text>
          </View>
        )}
      </PagedList>
    </PageShell>
  );
}

function VoteForm({ unitId, onDone }: { unitId: string; onDone: () => void }) {
  const [kind, setKind] = useState<VoteKind>('ballot');
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [options, setOptions] = useState(['同意', '不同意', '弃权']);
  const [maxChoices, setMaxChoices] = useState('1');
  const [opensAt, setOpensAt] = useState(dayjs().format(FORMAT));
  const [closesAt, setClosesAt] = useState(dayjs().add(3, 'day').hour(22).minute(0).format(FORMAT));
  const [policy, setPolicy] = useState<VoteResultPolicy>('after_close');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);

  const setOption = (index: number, text: string) => setOptions(options.map((o, i) => (i === index ? text : o)));
  const save = async () => {
    setSaving(true);
    const result = await call('admin.voteCreate', {
      unitId,
      kind,
      title,
      description,
      options: options.map((o) => o.trim()).filter(Boolean),
      maxChoices: Number(maxChoices) || 1,
      opensAt: dayjs(opensAt.replace(/\//g, '-')).valueOf() || 0,
      closesAt: dayjs(closesAt.replace(/\//g, '-')).valueOf() || 0,
      resultPolicy: policy,
    });
    setSaving(false);
    if (!result.ok) return setErrors(result.error.fields ?? { _: result.error.message });
    onDone();
  };

  return (
    <View className="card">
      <ChoiceField
        label="类型"
        value={kind}
        options={VOTE_KINDS.map((k) => ({ value: k, label: VOTE_KIND_LABELS[k] }))}
        onChange={setKind}
      />
      <TextField label="标题" value={title} onChange={setTitle} error={errors.title} name="vote-title" />
      <Field label="说明（可不填）" error={errors.description}>
        <Textarea
          className="field__input"
          value={description}
          maxlength={1000}
          onInput={(event) => setDescription(event.detail.value)}
        />
      </Field>
      <Field label="选项" error={errors.options ?? Object.entries(errors).find(([k]) => k.startsWith('options.'))?.[1]}>
        {options.map((option, index) => (
          <View key={index} className="vote-form__option">
            <Input
              className="field__input vote-form__input"
              name={`vote-option-${index + 1}`}
              value={option}
              placeholder={`选项 ${index + 1}`}
              onInput={(event) => setOption(index, event.detail.value)}
            />
            {options.length > 2 ? (
              <Text className="vote-form__remove" onClick={() => setOptions(options.filter((_, i) => i !== index))}>
                删除
              </Text>
            ) : null}
          </View>
        ))}
        {options.length < 20 ? (
          <Button className="button button--plain votes__add-option" onClick={() => setOptions([...options, ''])}>
            添加选项
          </Button>
        ) : null}
      </Field>
      <TextField
        label="每人最多可选几项"
        value={maxChoices}
        onChange={setMaxChoices}
        type="number"
        error={errors.maxChoices}
        name="vote-max"
      />
      <TextField
        label={`开始时间（${FORMAT}）`}
        value={opensAt}
        onChange={setOpensAt}
        error={errors.opensAt}
        name="vote-opens"
      />
      <TextField label="结束时间" value={closesAt} onChange={setClosesAt} error={errors.closesAt} name="vote-closes" />
      <ChoiceField
        label="结果公布"
        value={policy}
        options={VOTE_RESULT_POLICIES.map((p) => ({ value: p, label: VOTE_RESULT_POLICY_LABELS[p] }))}
        onChange={setPolicy}
      />
      {errors.unitId || errors._ ? <View className="field__error">{errors.unitId ?? errors._}</View> : null}
      <Button className="button votes__publish" disabled={saving} onClick={() => void save()}>
        {saving ? '正在发布…' : '发布投票'}
      </Button>
    </View>
  );
}
