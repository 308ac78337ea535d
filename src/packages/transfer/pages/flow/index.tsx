import { useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { Button, Cell, CellGroup, Popup } from '@nutui/nutui-react-taro';
import { Add } from '@nutui/icons-react-taro';
import { PageShell } from '@/components/page-shell';
import { PagedList } from '@/components/paged-list';
import { FlowCard } from '@/features/transfers/flow-card';
import { FlowEnd } from '@/features/transfers/flow-end';
import { FlowForm } from '@/features/transfers/flow-form';
import { call } from '@/lib/api-client';
import { usePagedCall } from '@/lib/use-paged-call';
import '@/features/admin/members.scss';
import '@/features/transfers/transfers.scss';

/** 流动党员: members away from home, where they are and whom to contact there; 登记, update or 结束流动. */
export default function FlowPage() {
  const unitId = useRouter().params.unitId ?? '';
  const [registering, setRegistering] = useState(false);
  const paged = usePagedCall((skip) => call('admin.flowList', { unitId, skip, limit: 20 }), unitId);
  return (
    <PageShell>
      <View className="transfer-toolbar">
        <Button block type="primary" icon={<Add size={16} />} onClick={() => setRegistering(true)}>
          登记流动党员
        </Button>
      </View>
      <CellGroup className="transfer-list">
        <PagedList paged={paged} empty="还没有登记流动党员。外出务工、求学半年以上的党员请在这里登记。">
          {(flow) => (
            <Cell key={flow.memberId} className="transfer-cell">
              <FlowCard flow={flow} showName actions={<FlowEnd flow={flow} onDone={paged.reload} />} />
            </Cell>
          )}
        </PagedList>
      </CellGroup>
      <Popup
        visible={registering}
        position="bottom"
        round
        closeable
        title="登记流动党员"
        onClose={() => setRegistering(false)}
      >
        <View className="transfer-sheet">
          <FlowForm
            unitId={unitId}
            onDone={() => {
              setRegistering(false);
              paged.reload();
            }}
          />
        </View>
      </Popup>
    </PageShell>
  );
}
