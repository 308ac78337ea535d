import { useEffect, useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { Button, Input, Switch, Text, View } from '@tarojs/components';
import { POINT_RULE_LABELS, type PointRule, type Role } from '@contract/labels';
import { PageShell } from '@/components/page-shell';
import { PagedList } from '@/components/paged-list';
import { ErrorView, LoadingView } from '@/components/state-views';
import { call } from '@/lib/api-client';
import { useCall } from '@/lib/use-call';
import { usePagedCall } from '@/lib/use-paged-call';
import '@/features/study/study.scss';

type Rule = { rule: PointRule; points: number; dailyCap: number; enabled: boolean };

/**
 * The ranking of the subtree, and the rules (points per award, daily cap, on/off): they hold for the whole
 * deployment, so org admins read them and only super admins change them; branch admins see no rules tab.
 */
export default function AdminPointsPage() {
  const unitId = useRouter().params.unitId ?? '';
  const [view, setView] = useState<'ranking' | 'rules'>('ranking');
  const me = useCall('me.card', {}).state;
  const role: Role = me.status === 'ready' ? me.data.role : 'member';
  if (role !== 'org_admin' && role !== 'super_admin')
    return (
      <PageShell>
        <Ranking unitId={unitId} />
      </PageShell>
    );
  return (
    <PageShell>
      <View className="tabs">
        <Text
          className={view === 'ranking' ? 'tabs__item tabs__item--on' : 'tabs__item'}
          onClick={() => setView('ranking')}
        >
          积分排行
        </Text>
        <Text
          className={view === 'rules' ? 'tabs__item tabs__item--on' : 'tabs__item'}
          onClick={() => setView('rules')}
        >
          积分规则
        </Text>
      </View>
      {view === 'ranking' ? <Ranking unitId={unitId} /> : <Rules editable={role === 'super_admin'} />}
    </PageShell>
  );
}

function Ranking({ unitId }: { unitId: string }) {
  const paged = usePagedCall((skip) => call('admin.pointsRanking', { unitId, skip, limit: 50 }), unitId);
  return (
    <View>
      <PagedList paged={paged} empty="还没有人获得积分。">
        {(row) => (
          <View key={row.memberId} className="card">
            <View className="row">
              <Text>
                第 {row.rank} 名 {row.name} <Text className="muted">{row.unitName}</Text>
              </Text>
              <Text className="figures__value">{row.points}</Text>
            </View>
          </View>
        )}
      </PagedList>
    </View>
  );
}

function Rules({ editable }: { editable: boolean }) {
  const [rules, setRules] = useState<Rule[] | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  useEffect(() => {
    void call('admin.pointsRules', {}).then((result) =>
      result.ok ? setRules(result.data.rules) : setMessage({ ok: false, text: result.error.message }),
    );
  }, []);
  const change = (index: number, patch: Partial<Rule>) =>
    setRules((current) => current?.map((rule, i) => (i === index ? { ...rule, ...patch } : rule)) ?? null);
  const save = async () => {
    if (!rules) return;
    const result = await call('admin.pointsRulesSave', { rules });
    if (!result.ok) return setMessage({ ok: false, text: result.error.message });
    setRules(result.data.rules);
    setMessage({ ok: true, text: '积分规则已保存。' });
  };
  if (!rules) return message ? <ErrorView message={message.text} /> : <LoadingView />;
  if (!editable) return <RulesReadOnly rules={rules} />;
  return (
    <View>
      {message ? <View className={message.ok ? 'notice notice--ok' : 'notice'}>{message.text}</View> : null}
      {rules.map((rule, index) => (
        <View key={rule.rule} className="card">
          <View className="row">
            <Text className="study-card__title">{POINT_RULE_LABELS[rule.rule]}</Text>
            <Switch checked={rule.enabled} onChange={(event) => change(index, { enabled: event.detail.value })} />
          </View>
          <View className="row">
            <Text>每次</Text>
            <Input
              className="field__input points__input"
              type="number"
              value={String(rule.points)}
              onInput={(event) => change(index, { points: Number(event.detail.value) || 0 })}
            />
            <Text>分，每天最多</Text>
            <Input
              className="field__input points__input"
              type="number"
              value={String(rule.dailyCap)}
              onInput={(event) => change(index, { dailyCap: Number(event.detail.value) || 0 })}
            />
            <Text>分</Text>
          </View>
        </View>
      ))}
      <Button className="button" onClick={() => void save()}>
        保存规则
      </Button>
    </View>
  );
}

function RulesReadOnly({ rules }: { rules: Rule[] }) {
  return (
    <View>
      <View className="notice">积分规则对全平台生效，由超级管理员统一设置；如需调整，请联系超级管理员。</View>
      {rules.map((rule) => (
        <View key={rule.rule} className="card">
          <View className="row">
            <Text className="study-card__title">{POINT_RULE_LABELS[rule.rule]}</Text>
            <Text className="muted">{rule.enabled ? '已启用' : '已停用'}</Text>
          </View>
          <View className="muted">
            每次 {rule.points} 分，每天最多 {rule.dailyCap || '不限'}
            {rule.dailyCap ? ' 分' : ''}
          </View>
        </View>
      ))}
    </View>
  );
}
