import { useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { Cell, CellGroup, Tabs } from '@nutui/nutui-react-taro';
import { ArrowRight } from '@nutui/icons-react-taro';
import { STAGE_LABELS } from '@contract/labels';
import { PIPELINE_STAGES } from '@contract/development-rules';
import { PageShell } from '@/components/page-shell';
import { PagedList } from '@/components/paged-list';
import { DueRow } from '@/features/develop/due-row';
import { PipelineSummary } from '@/features/develop/pipeline-summary';
import { call } from '@/lib/api-client';
import { openPage } from '@/lib/pages';
import { useCall } from '@/lib/use-call';
import { usePagedCall } from '@/lib/use-paged-call';
import '@/features/develop/develop.scss';

type View = 'due' | (typeof PIPELINE_STAGES)[number];

/** 发展党员: overdue and due steps first, then everyone in the pipeline by stage. */
export default function DevelopConsolePage() {
  const unitId = useRouter().params.unitId ?? '';
  const [view, setView] = useState<View>('due');
  const summary = useCall('admin.developmentDue', { unitId, limit: 1 }, unitId);
  const paged = usePagedCall(
    (skip) => call('admin.developmentDue', { unitId, stage: view === 'due' ? undefined : view, skip, limit: 20 }),
    view,
  );
  const counts = summary.state.status === 'ready' ? summary.state.data : null;
  const me = useCall('me.card', {}).state;
  const superAdmin = me.status === 'ready' && me.data.role === 'super_admin';
  const countOf = (stage: View) => counts?.stageCounts.find((c) => c.stage === stage)?.count ?? 0;
  return (
    <PageShell>
      <PipelineSummary counts={counts} onPick={(stage) => setView(stage)} />
      {superAdmin ? (
        <Cell
          title="发展党员时限设置"
          description="各步骤的间隔和期限"
          extra={<ArrowRight size={14} />}
          clickable
          onClick={() => openPage('developRules')}
        />
      ) : null}
      <Tabs value={view} onChange={(value) => setView(value as View)}>
        <Tabs.TabPane value="due" title="待办" />
        {PIPELINE_STAGES.map((stage) => (
          <Tabs.TabPane key={stage} value={stage} title={`${STAGE_LABELS[stage]} ${countOf(stage)}`} />
        ))}
      </Tabs>
      <CellGroup className="row-list">
        <PagedList
          paged={paged}
          empty={view === 'due' ? '目前没有到期或逾期的步骤。' : `本单位暂无${STAGE_LABELS[view]}。`}
        >
          {(item) => (
            <DueRow
              key={item.memberId}
              item={item}
              onOpen={() => openPage('developTimeline', { memberId: item.memberId })}
            />
          )}
        </PagedList>
      </CellGroup>
    </PageShell>
  );
}
