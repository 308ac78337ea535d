import { useCallback, useEffect, useMemo, useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Button, Cell, CellGroup, SearchBar } from '@nutui/nutui-react-taro';
import type { ApiError } from '@contract/errors';
import { ROLE_LABELS, ROLES } from '@contract/labels';
import type { DemoMember } from '@contract/schemas/auth';
import { EmptyView, ErrorView, LoadingView } from '@/components/state-views';
import { call } from '@/lib/api-client';
import { replacePage, restartAt } from '@/lib/pages';
import { saveSessionToken } from '@/lib/session';

type DemoListState =
  { status: 'loading' } | { status: 'ready'; members: DemoMember[] } | { status: 'error'; error: ApiError };

/** Admins first (the roles with the most to show), then members; within a role by name. */
function groupByRole(members: DemoMember[]): Array<{ label: string; members: DemoMember[] }> {
  return [...ROLES]
    .reverse()
    .map((role) => ({
      label: ROLE_LABELS[role],
      members: members.filter((m) => m.role === role).sort((a, b) => a.name.localeCompare(b.name, 'zh-CN')),
    }))
    .filter((group) => group.members.length > 0);
}

/** Locally (AUTH_MODE=dev) a visitor picks one of the seeded demo members, by role or by name. */
export function DemoLogin() {
  const [state, setState] = useState<DemoListState>({ status: 'loading' });
  const [query, setQuery] = useState('');
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

  const groups = useMemo(() => {
    if (state.status !== 'ready') return [];
    const wanted = query.trim();
    return groupByRole(wanted ? state.members.filter((m) => m.name.includes(wanted)) : state.members);
  }, [state, query]);

  const signIn = async (memberId: string) => {
    setSigningIn(memberId);
    setLoginError(null);
    const result = await call('auth.devLogin', { memberId });
    setSigningIn(null);
    if (!result.ok) return setLoginError(result.error);
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
    <View className="login">
      <Text className="login__title">选择演示账号登录</Text>
      <Text className="login__note">这是本地演示环境，点一位党员即可以他的身份登录。</Text>
      <Button fill="outline" type="primary" block className="login__new-user" onClick={() => void enterAsNewUser()}>
        以新微信用户身份体验绑定
      </Button>
      {loginError ? <ErrorView message={loginError.message} /> : null}
      {state.status === 'loading' ? <LoadingView label="正在读取演示账号…" rows={6} /> : null}
      {state.status === 'error' ? (
        <ErrorView
          message={state.error.message}
          onRetry={state.error.code === 'DEV_LOGIN_DISABLED' ? undefined : () => void load()}
        />
      ) : null}
      {state.status === 'ready' && state.members.length === 0 ? (
        <EmptyView message="还没有演示账号" hint="请先运行 npm run seed 生成演示数据。" />
      ) : null}
      {state.status === 'ready' && state.members.length > 0 ? (
        <SearchBar
          className="login__search"
          shape="round"
          placeholder="搜索姓名"
          value={query}
          onChange={(value) => setQuery(value)}
          onClear={() => setQuery('')}
        />
      ) : null}
      {state.status === 'ready' && state.members.length > 0 && groups.length === 0 ? (
        <EmptyView message={`没有找到“${query.trim()}”`} action={{ label: '清除搜索', onClick: () => setQuery('') }} />
      ) : null}
      {groups.map((group) => (
        <CellGroup key={group.label} title={`${group.label}（${group.members.length}）`}>
          {group.members.map((member) => (
            <Cell
              key={member.memberId}
              className="login__member"
              data-testid="demo-member"
              title={member.name}
              extra={signingIn === member.memberId ? '正在登录…' : member.unitName}
              clickable
              onClick={() => void signIn(member.memberId)}
            />
          ))}
        </CellGroup>
      ))}
    </View>
  );
}
