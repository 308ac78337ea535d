import { useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button, CellGroup, Tabs } from '@nutui/nutui-react-taro';
import { Add } from '@nutui/icons-react-taro';
import { PageShell } from '@/components/page-shell';
import { PagedList } from '@/components/paged-list';
import { TransferActions } from '@/features/transfers/transfer-actions';
import { TransferCard } from '@/features/transfers/transfer-card';
import { call } from '@/lib/api-client';
import { openPage } from '@/lib/pages';
import { usePagedCall } from '@/lib/use-paged-call';
import '@/features/admin/members.scss';
import '@/features/transfers/transfers.scss';

type Direction = 'out' | 'in';

const EMPTY: Record<Direction, string> = {
  out: '还没有从本单位转出的组织关系。',
  in: '没有转入本单位的组织关系。',
};

/** 组织关系转接: transfers out of and into the unit's subtree, what needs action first; 发起转接. */
export default function TransferListPage() {
  const unitId = useRouter().params.unitId ?? '';
  const [direction, setDirection] = useState<Direction>('out');
  const [counts, setCounts] = useState({ waiting: 0, overdue: 0 });
  const paged = usePagedCall(async (skip) => {
    const result = await call('admin.transfers', { unitId, direction, skip, limit: 20 });
    if (result.ok) setCounts({ waiting: result.data.waiting, overdue: result.data.overdue });
    return result;
  }, `${unitId}:${direction}`);
  return (
    <PageShell>
      <View className="transfer-counts">
        <View className="transfer-counts__item" data-testid="transfer-waiting">
          <Text className="transfer-counts__number">{counts.waiting}</Text>
          <Text className="transfer-counts__label">待本单位接收</Text>
        </View>
        <View className="transfer-counts__item" data-testid="transfer-overdue">
          <Text className="transfer-counts__number">{counts.overdue}</Text>
          <Text className="transfer-counts__label">回执逾期</Text>
        </View>
      </View>
      <View className="transfer-toolbar">
        <Button block type="primary" icon={<Add size={16} />} onClick={() => openPage('transferStart', { unitId })}>
          发起转接
        </Button>
      </View>
      <Tabs value={direction} onChange={(value) => setDirection(value as Direction)} activeType="simple">
        <Tabs.TabPane value="out" title="转出" />
        <Tabs.TabPane value="in" title={counts.waiting ? `转入（${counts.waiting}）` : '转入'} />
      </Tabs>
      <CellGroup className="transfer-list">
        <PagedList paged={paged} empty={EMPTY[direction]}>
          {(transfer) => (
            <TransferCard key={transfer.transferId} transfer={transfer}>
              <TransferActions transfer={transfer} direction={direction} onDone={paged.reload} />
            </TransferCard>
          )}
        </PagedList>
      </CellGroup>
    </PageShell>
  );
}
