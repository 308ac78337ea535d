import { useCallback, useEffect, useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import type { ApiError } from '@contract/errors';
import { STAGE_LABELS, STAGES, UNIT_KIND_LABELS, UNIT_KINDS, type UnitKind } from '@contract/labels';
import type { UnitOverview } from '@contract/schemas/members';
import { ChoiceField, TextField } from '@/components/form';
import { PageShell } from '@/components/page-shell';
import { EmptyView, ErrorView, LoadingView } from '@/components/state-views';
import { openAdmin } from '@/features/admin/admin-links';
import { PendingBadge, usePendingWork } from '@/features/admin/pending-badge';
import { call } from '@/lib/api-client';
import { saveFile } from '@/lib/platform/files';
import './index.scss';

type OverviewState =
  { status: 'loading' } | { status: 'ready'; overview: UnitOverview } | { status: 'error'; error: ApiError };

type Editing = 'none' | 'create' | 'rename' | 'move';

/** Console home: the unit the admin manages (or one below it, via ?unitId=), its counts, and what to do with it. */
export default function AdminIndexPage() {
  const router = useRouter();
  const [state, setState] = useState<OverviewState>({ status: 'loading' });
  const [editing, setEditing] = useState<Editing>('none');
  const [name, setName] = useState('');
  const [kind, setKind] = useState<UnitKind | ''>('');
  const [parents, setParents] = useState<Array<{ value: string; label: string }>>([]);
  const [newParent, setNewParent] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const pending = usePendingWork(state.status === 'ready' ? state.overview.unitId : null);

  const load = useCallback(async () => {
    setState({ status: 'loading' });
    let unitId = router.params.unitId;
    if (!unitId) {
      const me = await call('me.dossier', {});
      if (!me.ok) return setState({ status: 'error', error: me.error });
      unitId = me.data.adminUnitId ?? me.data.unitId;
    }
    const result = await call('admin.unitOverview', { unitId });
    setState(result.ok ? { status: 'ready', overview: result.data } : { status: 'error', error: result.error });
  }, [router.params.unitId]);

  useEffect(() => {
    void load();
  }, [load]);

  if (state.status !== 'ready') {
    return (
      <PageShell>
        {state.status === 'loading' ? (
          <LoadingView />
        ) : (
          <ErrorView message={state.error.message} onRetry={() => void load()} />
        )}
      </PageShell>
    );
  }
  const unit = state.overview;

  const done = (result: { ok: boolean; error?: ApiError }, text: string) => {
    setMessage(result.ok ? { ok: true, text } : { ok: false, text: result.error?.message ?? '' });
    if (result.ok) {
      setEditing('none');
      void load();
    }
  };

  const exportRoster = async () => {
    const result = await call('admin.rosterExport', { unitId: unit.unitId });
    if (!result.ok) return setMessage({ ok: false, text: result.error.message });
    await saveFile(result.data.fileName, result.data.file, result.data.mimeType);
    setMessage({ ok: true, text: `已导出 ${result.data.fileName}` });
  };

  const branchInvite = async () => {
    const result = await call('admin.branchInviteCreate', { unitId: unit.unitId });
    if (!result.ok) return setMessage({ ok: false, text: result.error.message });
    setMessage({
      ok: true,
      text: `支部邀请码：${result.data.code}（7 天内有效）。新党员凭此码申请绑定，经您审核后生效。`,
    });
  };

  /** Where the unit can move: the admin's own unit and the units directly under it (not itself). */
  const startMove = async () => {
    const me = await call('me.dossier', {});
    if (!me.ok) return setMessage({ ok: false, text: me.error.message });
    const root = await call('admin.unitOverview', { unitId: me.data.adminUnitId ?? me.data.unitId });
    if (!root.ok) return setMessage({ ok: false, text: root.error.message });
    const options = [
      { value: root.data.unitId, label: root.data.unitName },
      ...root.data.childUnits.map((c) => ({ value: c.unitId, label: c.name })),
    ];
    setParents(options.filter((option) => option.value !== unit.unitId));
    setEditing('move');
  };

  const archive = async () => {
    const { confirm } = await Taro.showModal({
      title: '撤销单位',
      content: `确定撤销「${unit.unitName}」吗？撤销后不再显示。`,
    });
    if (!confirm) return;
    const result = await call('admin.unitArchive', { unitId: unit.unitId });
    if (result.ok) void Taro.navigateBack();
    else setMessage({ ok: false, text: result.error.message });
  };

  return (
    <PageShell>
      <View className="title">
        {unit.unitName}
        <Text className="muted">（{UNIT_KIND_LABELS[unit.kind]}）</Text>
      </View>
      {message ? <View className={message.ok ? 'notice notice--ok' : 'notice'}>{message.text}</View> : null}
      <View className="card">
        <View className="admin__total">党员及发展对象共 {unit.memberCount} 人</View>
        {STAGES.map((stage) => (
          <View className="admin__row" key={stage}>
            <Text>{STAGE_LABELS[stage]}</Text>
            <Text>{unit.byStage[stage] ?? 0} 人</Text>
          </View>
        ))}
      </View>
      <View className="actions">
        <Button className="button admin__members" onClick={() => openAdmin.members(unit.unitId)}>
          党员名册
        </Button>
        <Button className="button admin__import" onClick={() => openAdmin.import(unit.unitId)}>
          导入花名册
        </Button>
        <Button className="button admin__bindings" onClick={() => openAdmin.bindings(unit.unitId)}>
          绑定审核
          <PendingBadge count={pending?.bindingRequests} what="绑定申请" />
        </Button>
        <Button className="button admin__audit" onClick={() => openAdmin.audit(unit.unitId)}>
          操作日志
        </Button>
        <Button className="button admin__activities" onClick={() => openAdmin.activities(unit.unitId)}>
          活动管理
          <PendingBadge count={pending?.leaveRequests} what="请假" />
        </Button>
        <Button className="button admin__meetings" onClick={() => openAdmin.meetings(unit.unitId)}>
          三会一课
        </Button>
        <Button className="button admin__contents" onClick={() => openAdmin.contents(unit.unitId)}>
          学习内容
        </Button>
        <Button className="button admin__plans" onClick={() => openAdmin.plans(unit.unitId)}>
          学习计划
        </Button>
        <Button className="button admin__notes" onClick={() => openAdmin.notes(unit.unitId)}>
          心得审核
          <PendingBadge count={pending?.notesToReview} what="心得" />
        </Button>
        <Button className="button admin__points" onClick={() => openAdmin.points(unit.unitId)}>
          积分管理
        </Button>
        <Button className="button admin__questions" onClick={() => openAdmin.questions(unit.unitId)}>
          题库管理
          <PendingBadge count={pending?.questionReports} what="题目纠错" />
        </Button>
        <Button className="button admin__quizzes" onClick={() => openAdmin.quizzes(unit.unitId)}>
          考试与竞赛
        </Button>
        <Button className="button admin__quiz-flags" onClick={() => openAdmin.quizFlags(unit.unitId)}>
          答题待核实
          <PendingBadge count={pending?.attemptsToVerify} what="答卷核实" />
        </Button>
        <Button className="button admin__votes" onClick={() => openAdmin.votes(unit.unitId)}>
          投票表决
        </Button>
        <Button className="button button--plain admin__branch-invite" onClick={() => void branchInvite()}>
          支部邀请码
        </Button>
        <Button className="button button--plain" onClick={() => void exportRoster()}>
          导出花名册
        </Button>
        <Button
          className="button button--plain admin__create-unit"
          onClick={() => setEditing(editing === 'create' ? 'none' : 'create')}
        >
          新建下级组织
        </Button>
        <Button
          className="button button--plain"
          onClick={() => {
            setName(unit.unitName);
            setEditing(editing === 'rename' ? 'none' : 'rename');
          }}
        >
          改名
        </Button>
        <Button className="button button--plain" onClick={() => void startMove()}>
          移动到其他上级
        </Button>
        <Button className="button button--plain" onClick={() => void archive()}>
          撤销单位
        </Button>
      </View>
      {editing === 'create' ? (
        <View className="card">
          <TextField label="名称" value={name} onChange={setName} name="unit-name" />
          <ChoiceField
            label="组织类型"
            value={kind}
            options={UNIT_KINDS.filter((k) => UNIT_KINDS.indexOf(k) > UNIT_KINDS.indexOf(unit.kind)).map((k) => ({
              value: k,
              label: UNIT_KIND_LABELS[k],
            }))}
            onChange={setKind}
          />
          <Button
            className="button"
            disabled={!kind || name.trim().length < 2}
            onClick={async () =>
              done(
                await call('admin.unitCreate', { unitId: unit.unitId, name, kind: kind as UnitKind }),
                `已新建「${name}」`,
              )
            }
          >
            新建
          </Button>
        </View>
      ) : null}
      {editing === 'rename' ? (
        <View className="card">
          <TextField label="新名称" value={name} onChange={setName} name="unit-rename" />
          <Button
            className="button"
            onClick={async () => done(await call('admin.unitRename', { unitId: unit.unitId, name }), '已改名')}
          >
            保存
          </Button>
        </View>
      ) : null}
      {editing === 'move' ? (
        <View className="card">
          <ChoiceField label="新的上级组织" value={newParent} options={parents} onChange={setNewParent} />
          <Button
            className="button"
            disabled={!newParent}
            onClick={async () =>
              done(
                await call('admin.unitMove', { unitId: unit.unitId, newParentId: newParent }),
                '已移动，下级组织和党员随之移动。',
              )
            }
          >
            确认移动
          </Button>
        </View>
      ) : null}
      <View className="title">下级组织</View>
      {unit.childUnits.length === 0 ? <EmptyView message="没有下级组织。" /> : null}
      {unit.childUnits.map((child) => (
        <View className="card admin__row admin__child" key={child.unitId} onClick={() => openAdmin.unit(child.unitId)}>
          <Text>
            {child.name}（{UNIT_KIND_LABELS[child.kind]}）
          </Text>
          <Text>{child.memberCount} 人 ›</Text>
        </View>
      ))}
      {unit.childUnitTotal > unit.childUnits.length ? (
        <View className="muted">
          下级组织共 {unit.childUnitTotal} 个，这里按名称列出前 {unit.childUnits.length} 个。
        </View>
      ) : null}
    </PageShell>
  );
}
