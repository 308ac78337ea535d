import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button, TextArea } from '@nutui/nutui-react-taro';
import { DateTimeField } from '@/components/date-time-field';
import { FormDialog } from '@/features/admin/form-dialog';
import { call } from '@/lib/api-client';
import type { FlowItem } from './flow-card';

/**
 * 结束流动: the member is back, or the registration no longer applies. The dialog is the confirmation; it asks
 * for the day (picked) and the reason, and says what changes. Ending an already ended one only says so.
 */
export function FlowEnd({ flow, onDone }: { flow: FlowItem; onDone: () => void }) {
  const [open, setOpen] = useState(false);
  const [endedOn, setEndedOn] = useState(() => Date.now());
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  if (flow.ended) return null;
  const close = () => {
    setOpen(false);
    setError(null);
  };
  const submit = async () => {
    const result = await call('admin.flowEnd', { memberId: flow.memberId, endedOn, reason });
    if (!result.ok) {
      setError(result.error.fields?.reason ?? result.error.fields?.endedOn ?? result.error.message);
      return false;
    }
    close();
    void Taro.showToast({ title: result.data.alreadyEnded ? '此前已结束流动' : '已结束流动', icon: 'success' });
    onDone();
    return true;
  };
  return (
    <View className="transfer-card__actions">
      <Button size="small" fill="outline" onClick={() => setOpen(true)}>
        结束流动
      </Button>
      <FormDialog
        title="结束流动"
        visible={open}
        confirmText="确认结束"
        error={error}
        onClose={close}
        onConfirm={submit}
      >
        <Text className="form-dialog__prompt">
          确认后，{flow.memberName}的党籍状态恢复为“正常”，这次流动登记保留在记录中。
        </Text>
        <DateTimeField
          label="结束日期"
          precision="date"
          value={endedOn}
          min={flow.since}
          max={Date.now()}
          onChange={setEndedOn}
        />
        <TextArea
          className="form-dialog__reason"
          value={reason}
          onChange={setReason}
          placeholder="请写明结束原因，如：已返回本地工作"
          maxLength={200}
          showCount
          aria-label="结束原因"
        />
      </FormDialog>
    </View>
  );
}
