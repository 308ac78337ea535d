import { Cell, CellGroup } from '@nutui/nutui-react-taro';
import { CallView } from '@/components/call-view';
import { PageShell } from '@/components/page-shell';
import { SectionHeader } from '@/components/section-header';
import { EmptyView } from '@/components/state-views';
import { FlowCard } from '@/features/transfers/flow-card';
import { TransferCard } from '@/features/transfers/transfer-card';
import { VolunteerHours } from '@/features/transfers/volunteer-hours';
import { useCall } from '@/lib/use-call';
import '@/features/transfers/transfers.scss';

/** 我的组织关系: my transfers and where they stand, my 流动党员 registration if any, and my volunteer hours. */
export default function MyTransfersPage() {
  const transfers = useCall('me.transfer', {});
  const volunteer = useCall('me.volunteer', {});
  return (
    <PageShell>
      <SectionHeader title="组织关系转接" />
      <CallView state={transfers.state} onRetry={transfers.reload}>
        {(data) =>
          data.items.length === 0 ? (
            <EmptyView message="您没有组织关系转接记录。" hint="工作调动等需要转接时，请联系所在支部书记办理。" />
          ) : (
            <CellGroup className="transfer-list">
              {data.items.map((transfer) => (
                <TransferCard key={transfer.transferId} transfer={transfer} />
              ))}
            </CellGroup>
          )
        }
      </CallView>
      {transfers.state.status === 'ready' && transfers.state.data.flow ? (
        <>
          <SectionHeader title="流动党员登记" />
          <CellGroup className="transfer-list">
            <Cell className="transfer-cell">
              <FlowCard flow={transfers.state.data.flow} showName={false} />
            </Cell>
          </CellGroup>
        </>
      ) : null}
      <SectionHeader title="志愿服务时长" />
      <CallView state={volunteer.state} onRetry={volunteer.reload}>
        {(data) => <VolunteerHours data={data} />}
      </CallView>
    </PageShell>
  );
}
