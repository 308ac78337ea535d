import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { confirmWithSoter, type Confirmation } from '@/lib/platform/identity-check';
import { TextField } from './form';

/**
 * Asks the admin to confirm who they are before a sensitive action: fingerprint or face where the phone
 * supports it, otherwise a short reason that goes into the audit log (a few times a day at most).
 */
export function ConfirmIdentity({
  purpose,
  actionLabel,
  onConfirmed,
  onCancel,
}: {
  purpose: string;
  actionLabel: string;
  onConfirmed: (confirmation: Confirmation) => void;
  onCancel: () => void;
}) {
  const [askReason, setAskReason] = useState(false);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const start = async () => {
    setProblem(null);
    const outcome = await confirmWithSoter(purpose);
    if (outcome.kind === 'confirmed') onConfirmed(outcome.confirmation);
    else if (outcome.kind === 'unavailable') setAskReason(true);
    else setProblem(outcome.message);
  };
  return (
    <View className="card confirm-identity">
      <Text className="confirm-identity__title">{purpose}需要先确认您的身份</Text>
      {problem ? <View className="notice confirm-identity__problem">{problem}</View> : null}
      {askReason ? (
        <View>
          <View className="muted">
            这台设备不能使用指纹或人脸验证。请写明原因，将记入操作日志；每天最多这样确认 5 次。
          </View>
          <TextField
            label="原因"
            value={reason}
            onChange={setReason}
            placeholder="例如：电脑端操作"
            name="confirm-reason"
          />
          <Button
            block
            type="primary"
            className="confirm-identity__submit"
            disabled={reason.trim().length < 2}
            onClick={() => onConfirmed({ method: 'fallback', reason: reason.trim() })}
          >
            {actionLabel}
          </Button>
        </View>
      ) : (
        <Button block type="primary" className="confirm-identity__start" onClick={() => void start()}>
          验证身份
        </Button>
      )}
      <Button block fill="outline" className="confirm-identity__cancel" onClick={onCancel}>
        取消
      </Button>
    </View>
  );
}
