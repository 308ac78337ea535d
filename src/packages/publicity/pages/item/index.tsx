import { useRef, useState } from 'react';
import { useDidShow, useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button, CellGroup } from '@nutui/nutui-react-taro';
import { SectionHeader } from '@/components/section-header';
import { BottomBar } from '@/components/bottom-bar';
import { PageShell } from '@/components/page-shell';
import { EmptyView, ErrorView, LoadingView } from '@/components/state-views';
import { AdminPublicityHead } from '@/features/publicity/admin-publicity-head';
import { ObjectionCard } from '@/features/publicity/objection-card';
import { OBJECTION_PRIVACY } from '@/features/publicity/objection-form';
import { ReasonSheet } from '@/features/publicity/reason-sheet';
import { call } from '@/lib/api-client';
import { openPage } from '@/lib/pages';
import { useCall } from '@/lib/use-call';
import '@/features/publicity/publicity.scss';

/** One 公示 for its admins: counts, the objections with who raised them, 标记已处理, 修改 before it opens, 撤回. */
export default function PublicityItemPage() {
  const publicityId = useRouter().params.publicityId ?? '';
  const detail = useCall('admin.publicityDetail', { publicityId }, publicityId);
  const objections = useCall('admin.publicityObjections', { publicityId }, publicityId);
  const [handling, setHandling] = useState<string | null>(null);
  const [withdrawing, setWithdrawing] = useState(false);
  const reload = () => {
    detail.reload();
    objections.reload();
  };
  const shown = useRef(false);
  useDidShow(() => {
    if (shown.current) reload();
    shown.current = true;
  });
  const failed =
    detail.state.status === 'error' ? detail.state : objections.state.status === 'error' ? objections.state : null;
  if (failed)
    return (
      <PageShell>
        <ErrorView message={failed.error.message} onRetry={reload} />
      </PageShell>
    );
  if (detail.state.status !== 'ready' || objections.state.status !== 'ready')
    return (
      <PageShell>
        <LoadingView />
      </PageShell>
    );
  const item = detail.state.data;
  const { items, closing } = objections.state.data;
  const done = (result: { ok: boolean; error?: { message: string } }) => {
    if (!result.ok) return result.error?.message ?? '操作没有成功，请重试。';
    setHandling(null);
    setWithdrawing(false);
    reload();
    return null;
  };
  const editable = item.status === 'scheduled' && !item.posted;
  const withdrawable = item.status === 'scheduled' || item.status === 'open';
  return (
    <PageShell>
      <AdminPublicityHead item={item} closing={closing} />
      <SectionHeader title="收到的异议" />
      <Text className="publicity-private">{OBJECTION_PRIVACY}</Text>
      {items.length === 0 ? (
        <EmptyView message="还没有收到异议。" hint="党员在公示期内提出的异议会显示在这里。" />
      ) : (
        <CellGroup className="row-list">
          {items.map((objection) => (
            <ObjectionCard
              key={objection.objectionId}
              objection={objection}
              onHandle={() => setHandling(objection.objectionId)}
            />
          ))}
        </CellGroup>
      )}
      {editable || withdrawable ? (
        <BottomBar>
          <View className="publicity-actions">
            {editable ? (
              <Button
                fill="outline"
                type="primary"
                onClick={() => openPage('publicityForm', { unitId: item.unitId, publicityId })}
              >
                修改
              </Button>
            ) : null}
            {withdrawable ? (
              <Button fill="outline" type="danger" onClick={() => setWithdrawing(true)}>
                撤回公示
              </Button>
            ) : null}
          </View>
        </BottomBar>
      ) : null}
      <ReasonSheet
        visible={handling !== null}
        title="标记已处理"
        hint="写明核实和处理情况，只有本单位党组织管理员可见，并记入操作日志。"
        placeholder="例如：已与该党员当面核实，情况已说明"
        action="确认已处理"
        onSubmit={async (note) =>
          handling
            ? done(await call('admin.publicityObjectionReply', { publicityId, objectionId: handling, note }))
            : null
        }
        onClose={() => setHandling(null)}
      />
      <ReasonSheet
        visible={withdrawing}
        title="撤回公示"
        hint="撤回后党员不再能看到这条公示，也不能再提出异议；撤回原因记入操作日志。"
        placeholder="请写明撤回原因"
        action="确认撤回"
        danger
        onSubmit={async (reason) => done(await call('admin.publicityWithdraw', { publicityId, reason }))}
        onClose={() => setWithdrawing(false)}
      />
    </PageShell>
  );
}
