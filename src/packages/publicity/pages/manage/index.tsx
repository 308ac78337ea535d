import { useRef } from 'react';
import { useDidShow, useRouter } from '@tarojs/taro';
import { Button, CellGroup } from '@nutui/nutui-react-taro';
import { BottomBar } from '@/components/bottom-bar';
import { PageShell } from '@/components/page-shell';
import { PagedList } from '@/components/paged-list';
import { PublicityRow } from '@/features/publicity/publicity-row';
import { call } from '@/lib/api-client';
import { openPage } from '@/lib/pages';
import { usePagedCall } from '@/lib/use-paged-call';
import '@/features/publicity/publicity.scss';

/** The 公示 of a unit's subtree in every status, with their objections waiting, and 发布公示. */
export default function PublicityManagePage() {
  const unitId = useRouter().params.unitId ?? '';
  const paged = usePagedCall((skip) => call('admin.publicityList', { unitId, skip, limit: 20 }), unitId);
  // Back from an item (handled objections, a withdrawal) or the form, the list is read again.
  const shown = useRef(false);
  useDidShow(() => {
    if (shown.current) paged.reload();
    shown.current = true;
  });
  return (
    <PageShell>
      <CellGroup className="row-list">
        <PagedList paged={paged} empty="还没有发布过公示，点下方“发布公示”开始。">
          {(card) => (
            <PublicityRow
              key={card.publicityId}
              card={card}
              flag={card.pendingCount ? `待处理异议 ${card.pendingCount}` : undefined}
              onOpen={() => openPage('publicityItem', { publicityId: card.publicityId })}
            />
          )}
        </PagedList>
      </CellGroup>
      <BottomBar>
        <Button type="primary" block onClick={() => openPage('publicityForm', { unitId })}>
          发布公示
        </Button>
      </BottomBar>
    </PageShell>
  );
}
