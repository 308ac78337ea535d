import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { DateTimeField } from '@/components/date-time-field';
import { FormDialog } from '@/features/admin/form-dialog';
import { ReasonDialog } from '@/features/admin/reason-dialog';
import { call } from '@/lib/api-client';
import type { TransferItem } from './transfer-status';

type Action = 'accept' | 'return' | 'cancel' | 'receipt';

/**
 * What an admin can do with an open transfer: the receiving branch 接收 or 退回 (with a reason); the sending
 * branch 撤销, or for one leaving the system 登记回执 with the date it came back. Each asks first.
 */
export function TransferActions({
  transfer,
  direction,
  onDone,
}: {
  transfer: TransferItem;
  direction: 'out' | 'in';
  onDone: () => void;
}) {
  const [action, setAction] = useState<Action | null>(null);
  const [receivedAt, setReceivedAt] = useState(() => Date.now());
  const [error, setError] = useState<string | null>(null);
  if (transfer.status !== 'started') return null;
  const close = () => {
    setAction(null);
    setError(null);
  };
  const run = async (request: () => ReturnType<typeof call>) => {
    const result = await request();
    if (!result.ok) {
      setError(result.error.message);
      return false;
    }
    close();
    onDone();
    return true;
  };
  const id = { transferId: transfer.transferId };
  return (
    <View className="transfer-card__actions">
      {direction === 'in' && !transfer.outside ? (
        <>
          <Button size="small" fill="outline" onClick={() => setAction('return')}>
            退回
          </Button>
          <Button size="small" type="primary" onClick={() => setAction('accept')}>
            接收
          </Button>
        </>
      ) : null}
      {direction === 'out' ? (
        <>
          <Button size="small" fill="outline" onClick={() => setAction('cancel')}>
            撤销
          </Button>
          {transfer.outside ? (
            <Button size="small" type="primary" onClick={() => setAction('receipt')}>
              登记回执
            </Button>
          ) : null}
        </>
      ) : null}
      <FormDialog
        title="接收组织关系"
        visible={action === 'accept'}
        confirmText="确认接收"
        error={error}
        onClose={close}
        onConfirm={() => run(() => call('admin.transferAccept', id))}
      >
        <Text className="form-dialog__prompt">
          确认后，{transfer.memberName}即转入{transfer.toName}，原支部不再管理其档案。
        </Text>
      </FormDialog>
      <FormDialog
        title="撤销转接"
        visible={action === 'cancel'}
        confirmText="撤销"
        danger
        error={error}
        onClose={close}
        onConfirm={() => run(() => call('admin.transferCancel', id))}
      >
        <Text className="form-dialog__prompt">撤销后这份介绍信作废，{transfer.memberName}留在本支部。</Text>
      </FormDialog>
      <FormDialog
        title="登记回执"
        visible={action === 'receipt'}
        confirmText="登记"
        error={error}
        onClose={close}
        onConfirm={() => run(() => call('admin.transferReceipt', { ...id, receivedAt }))}
      >
        <Text className="form-dialog__prompt">登记后，{transfer.memberName}的党籍状态改为“已转出”。</Text>
        <DateTimeField
          label="回执收到日期"
          precision="date"
          value={receivedAt}
          max={Date.now()}
          onChange={setReceivedAt}
        />
      </FormDialog>
      <ReasonDialog
        title="退回转接"
        visible={action === 'return'}
        confirmText="退回"
        placeholder="请写明退回原因，转出支部会收到通知"
        onClose={close}
        onSubmit={async (reason) => {
          const result = await call('admin.transferReturn', { ...id, reason });
          if (!result.ok) return result.error.fields?.reason ?? result.error.message;
          close();
          onDone();
          return null;
        }}
      />
    </View>
  );
}
