import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { call } from '@/lib/api-client';
import { dateText } from '@/lib/format';
import { copyText } from '@/lib/platform/wechat-extras';

interface Invite {
  code: string;
  expiresAt: number;
}

/** 生成绑定码: a one-time code for the member to bind his WeChat, copied at once and shown on a card. */
export function useInvite(memberId: string) {
  const [invite, setInvite] = useState<Invite | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const create = async () => {
    setBusy(true);
    const result = await call('admin.inviteCreate', { memberId });
    setBusy(false);
    if (!result.ok) return setProblem(result.error.message);
    setProblem(null);
    setInvite(result.data);
    void copyText(result.data.code);
  };
  return { invite, problem, busy, create };
}

export function InviteCard({ invite, problem }: { invite: Invite | null; problem: string | null }) {
  if (problem) return <View className="notice">{problem}</View>;
  if (!invite) return null;
  return (
    <View className="invite-card">
      <View className="invite-card__message" data-testid="member-message">
        绑定码：{invite.code}
      </View>
      <Text className="invite-card__hint">
        {dateText(invite.expiresAt)}前有效，只能使用一次；已复制，可发给本人在“绑定微信”中填写。
      </Text>
      <Button size="small" fill="outline" type="primary" onClick={() => void copyText(invite.code)}>
        再次复制
      </Button>
    </View>
  );
}
