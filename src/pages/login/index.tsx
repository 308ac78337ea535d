import { useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { PageShell } from '@/components/page-shell';
import { ElderModeSwitch } from '@/features/elder-mode/elder-mode-switch';
import { DemoLogin } from '@/features/member/demo-login';
import { WechatLogin } from '@/features/member/wechat-login';
import { isSessionEndReason, SESSION_END_MESSAGES } from '@/lib/session-end';
import './index.scss';

/** Why the person is back here, when a session ended: signed out, or ended by the server. */
function SessionEndNotice() {
  const reason = useRouter().params.ended;
  return isSessionEndReason(reason) ? <View className="notice">{SESSION_END_MESSAGES[reason]}</View> : null;
}

export default function LoginPage() {
  return (
    <PageShell>
      <SessionEndNotice />
      {/* First, not after the list of accounts: an older member turns on large text before reading on. */}
      <ElderModeSwitch />
      {process.env.TARO_ENV === 'weapp' ? <WechatLogin /> : <DemoLogin />}
    </PageShell>
  );
}
