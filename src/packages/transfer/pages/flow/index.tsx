import { useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button, Cell, CellGroup, Popup } from '@nutui/nutui-react-taro';
import { Add } from '@nutui/icons-react-taro';
import { PageShell } from '@/components/page-shell';
import { PagedList } from '@/components/paged-list';
import { FlowForm } from '@/features/transfers/flow-form';
import { call } from '@/lib/api-client';
import { dateText } from '@/lib/format';
import { usePagedCall } from '@/lib/use-paged-call';
import '@/features/admin/members.scss';
import '@/features/transfers/transfers.scss';

/** 流动党员: members away from home, where they are and whom to contact there; 登记 or update one. */
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
              <View className="transfer-card" data-testid="flow-card">
                <View className="transfer-card__line">
                  <Text className="transfer-card__name">{flow.memberName}</Text>
                  <Text className="transfer-card__meta">{flow.unitName}</Text>
                </View>
                <Text className="transfer-card__route">现在：{flow.place}</Text>
                {flow.contactUnit ? <Text className="transfer-card__meta">联系党组织：{flow.contactUnit}</Text> : null}
                <Text className="transfer-card__meta">外出时间：{dateText(flow.since)}</Text>
                {flow.until !== null ? (
                  <Text className="transfer-card__meta">预计返回：{dateText(flow.until)}</Text>
                ) : null}
              </View>
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
