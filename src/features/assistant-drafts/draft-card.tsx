import { Text, View } from '@tarojs/components';
import { Button, Tag } from '@nutui/nutui-react-taro';
import { QUESTION_TYPE_LABELS } from '@contract/labels';
import { answerText, DRAFT_STATUS_LABELS, type Draft } from './draft-values';

/**
 * One draft as a reviewer reads it: type and state, the question, its answer, and the passage it comes
 * from; a pending one offers 编辑, 舍弃 and 采纳, an accepted one says it is in the bank.
 */
export function DraftCard({
  draft,
  busy,
  onEdit,
  onAccept,
  onReject,
}: {
  draft: Draft;
  busy: boolean;
  onEdit: () => void;
  onAccept: () => void;
  onReject: () => void;
}) {
  const choice = draft.type === 'single' || draft.type === 'multiple';
  return (
    <View className="card draft-card" data-testid="draft-card">
      <View className="draft-card__tags">
        <Tag type="primary" plain>
          {QUESTION_TYPE_LABELS[draft.type]}
        </Tag>
        <Tag type={draft.status === 'accepted' ? 'success' : draft.status === 'rejected' ? 'default' : 'warning'}>
          {DRAFT_STATUS_LABELS[draft.status]}
        </Tag>
        {draft.origin === 'model' ? <Text className="draft-card__origin">大模型出题</Text> : null}
      </View>
      <Text className="draft-card__stem">{draft.stem}</Text>
      {choice
        ? draft.options.map((option, i) => (
            <Text key={i} className="draft-card__option">
              {'ABCDEF'[i]}. {option}
            </Text>
          ))
        : null}
      <Text className="draft-card__answer">答案：{answerText(draft)}</Text>
      <View className="draft-card__source">
        <Text className="draft-card__source-title">{`出处：《${draft.contentTitle}》${draft.passageRef}`}</Text>
        <Text className="draft-card__quote">「{draft.passage}」</Text>
      </View>
      {draft.status === 'pending' ? (
        <View className="draft-card__actions">
          <Button size="small" fill="outline" disabled={busy} onClick={onEdit}>
            编辑
          </Button>
          <Button size="small" fill="outline" type="primary" disabled={busy} onClick={onReject}>
            舍弃
          </Button>
          <Button size="small" type="primary" loading={busy} onClick={onAccept}>
            采纳
          </Button>
        </View>
      ) : null}
    </View>
  );
}
