import dayjs from 'dayjs';
import { Text, View } from '@tarojs/components';
import { Button, Cell, CellGroup, Input, InputNumber, TextArea } from '@nutui/nutui-react-taro';
import { Del } from '@nutui/icons-react-taro';
import {
  VOTE_KIND_LABELS,
  VOTE_KINDS,
  VOTE_RESULT_POLICIES,
  VOTE_RESULT_POLICY_LABELS,
  type VoteKind,
  type VoteResultPolicy,
} from '@contract/labels';
import { DateTimeField } from '@/components/date-time-field';
import { ChoiceField, Field, TextField } from '@/components/form';
import { useRouteForm } from '@/lib/use-route-form';
import { colors } from '@/theme/tokens';

const MAX_OPTIONS = 20;

/** Publishing a vote: the matter, its options, how many each member may pick, and the window. */
export function VoteForm({ unitId, onDone }: { unitId: string; onDone: () => void }) {
  const form = useRouteForm('admin.voteCreate', {
    initial: {
      kind: 'ballot' as VoteKind,
      title: '',
      description: '',
      options: ['同意', '不同意', '弃权'],
      /** Candidate profiles (简介) of an election, one per option. */
      profiles: ['', '', ''],
      maxChoices: 1,
      opensAt: dayjs().second(0).millisecond(0).valueOf(),
      closesAt: dayjs().add(3, 'day').hour(22).minute(0).second(0).millisecond(0).valueOf(),
      resultPolicy: 'after_close' as VoteResultPolicy,
    },
    toInput: (v) => {
      const kept = v.options
        .map((text, i) => ({ text: text.trim(), profile: v.profiles[i] ?? '' }))
        .filter((o) => o.text);
      return {
        unitId,
        ...v,
        options: kept.map((o) => o.text),
        profiles: v.kind === 'election' ? kept.map((o) => o.profile.trim()) : [],
      };
    },
    successToast: '投票已发布',
    onDone,
  });
  const { values, set, errors } = form;
  const optionsError = errors.options ?? Object.entries(errors).find(([key]) => key.startsWith('options.'))?.[1];
  const election = values.kind === 'election';
  const noun = election ? '候选人' : '选项';
  const setOption = (index: number, text: string) =>
    set(
      'options',
      values.options.map((o, i) => (i === index ? text : o)),
    );
  const setProfile = (index: number, text: string) =>
    set(
      'profiles',
      values.options.map((_, i) => (i === index ? text : (values.profiles[i] ?? ''))),
    );
  const removeOption = (index: number) => {
    set(
      'options',
      values.options.filter((_, i) => i !== index),
    );
    set(
      'profiles',
      values.profiles.filter((_, i) => i !== index),
    );
  };
  return (
    <View className="vote-form" data-testid="vote-form">
      <CellGroup title="投票内容">
        <ChoiceField
          label="类型"
          value={values.kind}
          options={VOTE_KINDS.map((k) => ({ value: k, label: VOTE_KIND_LABELS[k] }))}
          onChange={(k) => set('kind', k)}
        />
        <TextField
          label="表决事项（标题）"
          name="vote-title"
          placeholder="如：关于接收张三为预备党员的表决"
          {...form.field('title')}
        />
        <Field label="说明（可不填）" error={errors.description}>
          <TextArea
            value={values.description}
            maxLength={1000}
            placeholder="写明要决定的事、候选人情况等"
            onChange={(text) => set('description', text)}
          />
        </Field>
      </CellGroup>
      <CellGroup title={election ? '候选人（姓名与简介）' : '选项'}>
        {values.options.map((option, index) => (
          <Cell
            key={index}
            title={
              <View className="vote-form__option">
                <Text className="muted">{index + 1}.</Text>
                <Input
                  className="vote-form__input"
                  name={`vote-option-${index + 1}`}
                  value={option}
                  placeholder={`${noun} ${index + 1}`}
                  onChange={(text) => setOption(index, text)}
                />
                {values.options.length > 2 ? (
                  <View role="button" aria-label={`删除${noun} ${index + 1}`} onClick={() => removeOption(index)}>
                    <Del size={18} color={colors.text3} />
                  </View>
                ) : null}
              </View>
            }
            description={
              election ? (
                <TextArea
                  className="vote-form__profile"
                  name={`vote-profile-${index + 1}`}
                  aria-label={`候选人 ${index + 1} 简介`}
                  value={values.profiles[index] ?? ''}
                  maxLength={200}
                  rows={2}
                  placeholder="简介（可不填）：如 1980年出生，2005年入党，现任社区党总支组织委员"
                  onChange={(text) => setProfile(index, text)}
                />
              ) : undefined
            }
          />
        ))}
        {errors.profiles ? <Cell title={<Text className="field__error">{errors.profiles}</Text>} /> : null}
        {optionsError ? <Cell title={<Text className="field__error">{optionsError}</Text>} /> : null}
        {values.options.length < MAX_OPTIONS ? (
          <Cell>
            <Button
              block
              size="small"
              fill="outline"
              type="primary"
              onClick={() => {
                set('options', [...values.options, '']);
                set('profiles', [...values.profiles, '']);
              }}
            >
              {`添加${noun}`}
            </Button>
          </Cell>
        ) : null}
        <Field label={election ? '应选人数（每人最多选几人）' : '每人最多可选几项'} error={errors.maxChoices}>
          <InputNumber
            value={values.maxChoices}
            min={1}
            max={Math.max(1, values.options.length)}
            onChange={(n) => set('maxChoices', Number(n))}
          />
        </Field>
      </CellGroup>
      <CellGroup title="时间与结果">
        <DateTimeField
          label="开始时间"
          testId="vote-opens"
          // It opens on the minute the form was opened, so confirming the wheels keeps that minute.
          minuteStep={1}
          value={values.opensAt}
          onChange={(at) => set('opensAt', at)}
          error={errors.opensAt}
        />
        <DateTimeField
          label="结束时间"
          testId="vote-closes"
          min={values.opensAt}
          value={values.closesAt}
          onChange={(at) => set('closesAt', at)}
          error={errors.closesAt}
        />
        <ChoiceField
          label="结果公布"
          value={values.resultPolicy}
          options={VOTE_RESULT_POLICIES.map((p) => ({ value: p, label: VOTE_RESULT_POLICY_LABELS[p] }))}
          onChange={(p) => set('resultPolicy', p)}
        />
      </CellGroup>
      {form.formMessage ? (
        <View className="field__error" role="alert">
          {form.formMessage}
        </View>
      ) : null}
      <Button
        block
        type="primary"
        className="votes__publish"
        loading={form.busy}
        disabled={form.busy}
        onClick={() => void form.submit()}
      >
        发布投票
      </Button>
    </View>
  );
}
