import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { ApiError } from '@contract/errors';
import { ErrorView } from '@/components/state-views';
import { call } from '@/lib/api-client';
import { replacePage, restartAt } from '@/lib/pages';
import { saveSessionToken } from '@/lib/session';
import { usesCloud } from '@/lib/transport';

/** In WeChat the platform vouches for the caller: one tap checks the binding and enters. */
export function WechatLogin() {
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
    <View className="login">
      <View className="login__hero">
        <Text className="login__app">智慧党建</Text>
        <Text className="login__tagline">学习、答题、参加支部活动，都在这里。</Text>
      </View>
      {error ? <ErrorView message={error.message} /> : null}
      <Button type="primary" size="large" block className="login__wechat" loading={busy} onClick={() => void enter()}>
        微信登录
      </Button>
      <Text className="login__note">第一次使用需要绑定您所在的支部，绑定后即可直接登录。</Text>
    </View>
  );
}
