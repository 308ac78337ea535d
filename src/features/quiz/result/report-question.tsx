import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Button, Dialog, TextArea } from '@nutui/nutui-react-taro';
import { call } from '@/lib/api-client';

/** 题目有误: a reason in a dialog, sent to the bank's admins. */
export function ReportQuestion({ questionId }: { questionId: string }) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [sent, setSent] = useState(false);
  const send = async () => {
    const result = await call('quiz.reportQuestion', { questionId, reason });
    if (!result.ok) return setError(result.error.fields?.reason ?? result.error.message);
    setSent(true);
    setOpen(false);
  };
  if (sent) return <View className="result-item__report muted">已提交，管理员核实后会更正。</View>;
  return (
    <View className="result-item__report">
      <Button size="small" fill="none" onClick={() => setOpen(true)}>
        题目有误？
      </Button>
      <Dialog
        visible={open}
        title="报告题目有误"
        confirmText="提交"
        cancelText="取消"
        onConfirm={() => void send()}
        onCancel={() => setOpen(false)}
        content={
          <View>
            <TextArea
              value={reason}
              placeholder="请写明哪里有误（至少 4 个字）"
              maxLength={200}
              onChange={(value) => {
                setReason(value);
                setError(null);
              }}
            />
            {error ? <Text className="field__error">{error}</Text> : null}
          </View>
        }
      />
    </View>
  );
}
