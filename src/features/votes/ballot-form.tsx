import { Text, View } from '@tarojs/components';
import { Button, Checkbox, Radio } from '@nutui/nutui-react-taro';
import type { VoteDetail } from '@contract/schemas/votes';
import { squareMarks } from '@/components/square-check';

/**
 * The ballot: one choice with radio buttons, several with check boxes (at most `maxChoices`, said above
 * the options and enforced by the group).
 */
export function BallotForm({
  vote,
  picked,
  error,
  sending,
  onPick,
  onLimit,
  onSubmit,
}: {
  vote: VoteDetail;
  picked: string[];
  error: string | null;
  sending: boolean;
  onPick: (optionIds: string[]) => void;
  onLimit: () => void;
  onSubmit: () => void;
}) {
  const single = vote.maxChoices === 1;
  return (
    <View className="card ballot" data-testid="ballot">
      <View className="ballot__head">
        <Text className="section-title">请投票</Text>
        <Text className="ballot__rule">
          {vote.kind === 'election'
            ? `应选 ${vote.maxChoices} 人，最多选 ${vote.maxChoices} 人`
            : single
              ? '请选择一项'
              : `可多选，最多选 ${vote.maxChoices} 项`}
        </Text>
      </View>
      {single ? (
        <Radio.Group className="ballot__options" value={picked[0] ?? ''} onChange={(value) => onPick([String(value)])}>
          {vote.options.map((option) => (
            <Radio key={option.optionId} value={option.optionId} className="ballot__option">
              {option.profile ? `${option.text}（${option.profile}）` : option.text}
            </Radio>
          ))}
        </Radio.Group>
      ) : (
        <Checkbox.Group
          className="ballot__options"
          value={picked}
          max={vote.maxChoices}
          onChange={onPick}
          onLimit={onLimit}
        >
          {vote.options.map((option) => (
            <Checkbox
              {...squareMarks}
              key={option.optionId}
              value={option.optionId}
              className="ballot__option"
              label={option.profile ? `${option.text}（${option.profile}）` : option.text}
            />
          ))}
        </Checkbox.Group>
      )}
      {error ? <Text className="field__error">{error}</Text> : null}
      <Button
        block
        type="primary"
        className="vote__submit"
        data-testid="vote-submit"
        disabled={picked.length === 0 || sending}
        loading={sending}
        onClick={onSubmit}
      >
        {sending ? '正在提交…' : picked.length ? `提交投票（已选 ${picked.length} 项）` : '提交投票'}
      </Button>
    </View>
  );
}
