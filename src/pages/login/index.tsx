import { useCallback, useEffect, useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import type { DemoMember } from '@contract/schemas/auth';
import type { ApiError } from '@contract/errors';
import { ROLE_LABELS, STAGE_LABELS } from '@contract/labels';
import { replacePage, restartAt } from '@/lib/pages';
import { PageShell } from '@/components/page-shell';
import { EmptyView, ErrorView, LoadingView } from '@/components/state-views';
import { ElderModeSwitch } from '@/features/elder-mode/elder-mode-switch';
import { call } from '@/lib/api-client';
import { saveSessionToken } from '@/lib/session';
import { isSessionEndReason, SESSION_END_MESSAGES } from '@/lib/session-end';
import { usesCloud } from '@/lib/transport';
import './index.scss';

type DemoListState =
  { status: 'loading' } | { status: 'ready'; members: DemoMember[] } | { status: 'error'; error: ApiError };

/** In WeChat the platform vouches for the caller: one tap checks the binding and enters. */
function WechatLogin() {
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const enter = async () => {
    setBusy(true);
    // A self-hosted backend (TARO_APP_BACKEND=http) signs in with a wx.login code; WeChat cloud needs nothing.
    if (!usesCloud) {
      const { code } = await Taro.login();
      const login = await call('auth.wxLogin', { code });
      if (!login.ok) {
        setBusy(false);
        return setError(login.error);
      }
      saveSessionToken(login.data.token);
    }
    const result = await call('me.card', {});
    setBusy(false);
    if (result.ok) restartAt('home');
    else if (result.error.code === 'NOT_BOUND') replacePage('bind');
    else setError(result.error);
  };
  return (
    <View>
      <View className="card">
        <View className="title">欢迎使用智慧党建</View>
        <Text className="muted">学习、答题、参加支部活动，都在这里。</Text>
      </View>
      {error ? <ErrorView message={error.message} /> : null}
      <Button className="button login__wechat" loading={busy} disabled={busy} onClick={() => void enter()}>
        微信登录
      </Button>
    </View>
  );
}

/** Locally (AUTH_MODE=dev) a visitor picks one of the seeded demo members. */
function DemoLogin() {
  const [state, setState] = useState<DemoListState>({ status: 'loading' });
  const [signingIn, setSigningIn] = useState<string | null>(null);
  const [loginError, setLoginError] = useState<ApiError | null>(null);

  const load = useCallback(async () => {
    setState({ status: 'loading' });
    const result = await call('auth.devMembers', {});
    setState(result.ok ? { status: 'ready', members: result.data.members } : { status: 'error', error: result.error });
  }, []);

  useEffect(() => {
    void load();
  }, [load]);

  const signIn = async (memberId: string) => {
    setSigningIn(memberId);
    setLoginError(null);
    const result = await call('auth.devLogin', { memberId });
    setSigningIn(null);
    if (!result.ok) {
      setLoginError(result.error);
      return;
    }
    saveSessionToken(result.data.token);
    restartAt('home');
  };

  const enterAsNewUser = async () => {
    const result = await call('auth.devLoginWechat', {});
    if (!result.ok) return setLoginError(result.error);
    saveSessionToken(result.data.token);
    replacePage('bind');
  };

  return (
    <View>
      <View className="title">选择演示账号登录</View>
      <View className="muted login__hint">这是本地演示环境，点一位党员即可以他的身份登录。</View>
      <Button className="button button--plain login__new-user" onClick={() => void enterAsNewUser()}>
        以新微信用户身份体验绑定
      </Button>
      {loginError ? <ErrorView message={loginError.message} /> : null}
      {state.status === 'loading' ? <LoadingView label="正在读取演示账号…" /> : null}
      {state.status === 'error' ? (
        <ErrorView
          message={state.error.message}
          onRetry={state.error.code === 'DEV_LOGIN_DISABLED' ? undefined : () => void load()}
        />
      ) : null}
      {state.status === 'ready' && state.members.length === 0 ? (
        <EmptyView message="还没有演示账号，请先运行 npm run seed。" />
      ) : null}
      {state.status === 'ready'
        ? state.members.map((member) => (
            <View
              key={member.memberId}
              className="card login__member"
              data-testid="demo-member"
              onClick={() => void signIn(member.memberId)}
            >
              <View className="login__member-name">
                {member.name}
                {signingIn === member.memberId ? <Text className="muted">（正在登录…）</Text> : null}
              </View>
              <View className="muted">
                {member.unitName} · {ROLE_LABELS[member.role]} · {STAGE_LABELS[member.stage]}
              </View>
            </View>
          ))
        : null}
    </View>
  );
}

/** Why the person is back here, when a session ended: signed out, or ended by the server. */
function SessionEndNotice() {
  const reason = useRouter().params.ended;
  return isSessionEndReason(reason) ? <View className="notice">{SESSION_END_MESSAGES[reason]}</View> : null;
}

export default function LoginPage() {
  return (
    <PageShell>
      <ElderModeSwitch />
      <SessionEndNotice />
      {process.env.TARO_ENV === 'weapp' ? <WechatLogin /> : <DemoLogin />}
    </PageShell>
  );
}
