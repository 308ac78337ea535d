import { useEffect, useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Button, Cell, CellGroup, InputNumber, NoticeBar, Switch, Tag } from '@nutui/nutui-react-taro';
import { POINT_RULE_LABELS, type PointRule } from '@contract/labels';
import { ErrorView, LoadingView } from '@/components/state-views';
import { call } from '@/lib/api-client';
import { useRouteForm } from '@/lib/use-route-form';

type Rule = { rule: PointRule; points: number; dailyCap: number; enabled: boolean };

const capText = (rule: Rule) => (rule.dailyCap ? `每天最多 ${rule.dailyCap} 分` : '每天不限');

function RuleReadOnly({ rule }: { rule: Rule }) {
  return (
    <Cell
      className="console-cell"
      title={
        <View className="console-cell__text">
          <Text className="console-cell__title">{POINT_RULE_LABELS[rule.rule]}</Text>
          <Text className="console-cell__meta">
            每次 {rule.points} 分 · {capText(rule)}
          </Text>
        </View>
      }
      extra={<Tag type={rule.enabled ? 'success' : 'default'}>{rule.enabled ? '已启用' : '已停用'}</Tag>}
    />
  );
}

function RuleEditor({ rule, onChange }: { rule: Rule; onChange: (patch: Partial<Rule>) => void }) {
  return (
    <Cell
      className="console-cell"
      title={
        <View className="console-cell__text">
          <View className="console-cell__row">
            <Text className="console-cell__title">{POINT_RULE_LABELS[rule.rule]}</Text>
            <Switch checked={rule.enabled} onChange={(enabled) => onChange({ enabled })} />
          </View>
          <View className="console-stepper-row points-rule__row">
            <Text className="muted">每次</Text>
            <InputNumber value={rule.points} min={0} max={100} onChange={(v) => onChange({ points: Number(v) })} />
            <Text className="muted">分</Text>
          </View>
          <View className="console-stepper-row points-rule__row">
            <Text className="muted">每天最多（0 为不限）</Text>
            <InputNumber value={rule.dailyCap} min={0} max={500} onChange={(v) => onChange({ dailyCap: Number(v) })} />
          </View>
        </View>
      }
    />
  );
}

/**
 * The points rules hold for the whole deployment: org admins read them, only super admins change them
 * (the save route is theirs alone, so nobody else is shown controls that would be refused).
 */
export function PointsRules({ editable }: { editable: boolean }) {
  const [loadError, setLoadError] = useState<string | null>(null);
  const [loaded, setLoaded] = useState(false);
  const form = useRouteForm('admin.pointsRulesSave', { initial: { rules: [] as Rule[] }, successToast: '规则已保存' });
  const { reset, values, set } = form;
  useEffect(() => {
    void call('admin.pointsRules', {}).then((result) => {
      if (!result.ok) return setLoadError(result.error.message);
      reset({ rules: result.data.rules });
      setLoaded(true);
    });
  }, [reset]);
  if (loadError) return <ErrorView message={loadError} />;
  if (!loaded) return <LoadingView />;
  const change = (index: number, patch: Partial<Rule>) =>
    set(
      'rules',
      values.rules.map((rule, i) => (i === index ? { ...rule, ...patch } : rule)),
    );
  return (
    <View>
      {editable ? null : (
        <NoticeBar wrap content="积分规则对全平台生效，由超级管理员统一设置；如需调整，请联系超级管理员。" />
      )}
      <CellGroup>
        {values.rules.map((rule, index) =>
          editable ? (
            <RuleEditor key={rule.rule} rule={rule} onChange={(patch) => change(index, patch)} />
          ) : (
            <RuleReadOnly key={rule.rule} rule={rule} />
          ),
        )}
      </CellGroup>
      {form.formError ? <View className="console-error">{form.formError.message}</View> : null}
      {editable ? (
        <View className="console-actions">
          <Button
            block
            type="primary"
            loading={form.busy}
            disabled={!form.dirty || form.busy}
            onClick={() => void form.submit()}
          >
            保存规则
          </Button>
        </View>
      ) : null}
    </View>
  );
}
