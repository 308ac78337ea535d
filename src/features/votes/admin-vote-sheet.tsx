import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Button, Dialog, Popup } from '@nutui/nutui-react-taro';
import type { VoteDetail } from '@contract/schemas/votes';
import { VoteResultsView } from './vote-results';

/** A vote's count for its organiser, with 提前结束 behind a confirmation (closing cannot be undone). */
export function AdminVoteSheet({
  vote,
  onCloseVote,
  onDismiss,
}: {
  vote: VoteDetail | null;
  onCloseVote: (vote: VoteDetail) => void;
  onDismiss: () => void;
}) {
  const [confirming, setConfirming] = useState(false);
  return (
    <Popup visible={vote !== null} position="bottom" round closeable title={vote?.title ?? ''} onClose={onDismiss}>
      {vote ? (
        <View className="sheet">
          <VoteResultsView vote={vote} />
          {vote.state !== 'closed' ? (
            <Button block fill="outline" type="primary" className="votes__close" onClick={() => setConfirming(true)}>
              提前结束投票
            </Button>
          ) : (
            <Text className="muted">投票已结束，结果已对党员公布。</Text>
          )}
          <Dialog
            visible={confirming}
            title="提前结束投票"
            content={`结束后「${vote.title}」不能再投票，结果将公布给党员。确定结束吗？`}
            confirmText="确定结束"
            cancelText="取消"
            onConfirm={() => {
              setConfirming(false);
              onCloseVote(vote);
            }}
            onCancel={() => setConfirming(false)}
          />
        </View>
      ) : null}
    </Popup>
  );
}
