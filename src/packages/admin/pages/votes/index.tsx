import { useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { Button, CellGroup, Popup } from '@nutui/nutui-react-taro';
import { Add } from '@nutui/icons-react-taro';
import type { VoteDetail } from '@contract/schemas/votes';
import { PageShell } from '@/components/page-shell';
import { PagedList } from '@/components/paged-list';
import { AdminVoteSheet } from '@/features/votes/admin-vote-sheet';
import { VoteForm } from '@/features/votes/vote-form';
import { VoteRow } from '@/features/votes/vote-row';
import { call } from '@/lib/api-client';
import { usePagedCall } from '@/lib/use-paged-call';
import '@/features/votes/votes.scss';

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
    const result = await call('admin.voteClose', { voteId: vote.voteId });
    if (!result.ok) return setMessage(result.error.message);
    setOpen(result.data);
    paged.reload();
  };

  return (
    <PageShell>
      <Button block type="primary" icon={<Add size={16} />} className="votes__new" onClick={() => setCreating(true)}>
        发起投票
      </Button>
      {message ? <View className="notice">{message}</View> : null}
      <CellGroup className="row-list">
        <PagedList paged={paged} empty="还没有发起过投票。点上方「发起投票」开始。">
          {(vote) => (
            <VoteRow
              key={vote.voteId}
              vote={vote}
              extra={`已投 ${vote.ballots}/${vote.eligible} 人`}
              onOpen={() => void show(vote.voteId)}
            />
          )}
        </PagedList>
      </CellGroup>
      <Popup visible={creating} position="bottom" round closeable title="发起投票" onClose={() => setCreating(false)}>
        <View className="sheet sheet--tall">
          <VoteForm
            unitId={unitId}
            onDone={() => {
              setCreating(false);
              paged.reload();
            }}
          />
        </View>
      </Popup>
      <AdminVoteSheet vote={open} onCloseVote={(vote) => void close(vote)} onDismiss={() => setOpen(null)} />
    </PageShell>
  );
}
