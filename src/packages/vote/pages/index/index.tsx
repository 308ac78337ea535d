import { Cell, CellGroup } from '@nutui/nutui-react-taro';
import { PageShell } from '@/components/page-shell';
import { PagedList } from '@/components/paged-list';
import { VoteRow } from '@/features/votes/vote-row';
import { call } from '@/lib/api-client';
import { openPage } from '@/lib/pages';
import { usePagedCall } from '@/lib/use-paged-call';
import '@/features/votes/votes.scss';

/** The votes of my branch and the units above it; the ones waiting for my ballot are marked. */
export default function VotesPage() {
  const paged = usePagedCall((skip) => call('vote.list', { skip, limit: 20 }), '');
  return (
    <PageShell>
      <CellGroup className="row-list">
        <Cell title="问卷调查" description="支部发布的问卷，匿名或实名填写" onClick={() => openPage('surveyList')} />
      </CellGroup>
      <CellGroup className="row-list">
        <PagedList paged={paged} empty="目前没有需要您参加的投票。">
          {(vote) => (
            <VoteRow
              key={vote.voteId}
              vote={vote}
              voted={vote.voted}
              onOpen={() => openPage('voteDetail', { voteId: vote.voteId })}
            />
          )}
        </PagedList>
      </CellGroup>
    </PageShell>
  );
}
