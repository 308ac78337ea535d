import { useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { MEMBER_STATUS_LABELS, ROLE_LABELS, STAGE_LABELS, STAGES, type Stage } from '@contract/labels';
import { ChoiceField, TextField } from '@/components/form';
import { PageShell } from '@/components/page-shell';
import { EmptyView, ErrorView, LoadingView } from '@/components/state-views';
import { openAdmin } from '@/features/admin/admin-links';
import { call } from '@/lib/api-client';
import { usePagedCall } from '@/lib/use-paged-call';

const PAGE = 20;

/** The roster of a unit's subtree: search by name or full phone, filter by stage, load more. */
export default function MembersPage() {
  const unitId = useRouter().params.unitId ?? '';
  const [query, setQuery] = useState('');
  const [stage, setStage] = useState<Stage | ''>('');
  // The query applies when 搜索 is tapped, not on every keystroke; the stage applies at once.
  const [applied, setApplied] = useState('');
  const { items, total, loading, error, reload, more } = usePagedCall(
    (skip) =>
      call('admin.memberList', {
        unitId,
        query: applied.trim() || undefined,
        stage: stage || undefined,
        skip,
        limit: PAGE,
      }),
    `${unitId}:${stage}:${applied}`,
  );

  return (
    <PageShell>
      <View className="card">
        <TextField
          label="姓名或手机号"
          value={query}
          onChange={setQuery}
          placeholder="输入姓名开头或完整手机号"
          name="member-query"
        />
        <ChoiceField
          label="发展阶段"
          value={stage}
          options={[
            { value: '' as Stage, label: '全部' },
            ...STAGES.map((s) => ({ value: s, label: STAGE_LABELS[s] })),
          ]}
          onChange={setStage}
        />
        <Button className="button members__search" onClick={() => (applied === query ? reload() : setApplied(query))}>
          搜索
        </Button>
      </View>
      {error ? <ErrorView message={error.message} onRetry={reload} /> : null}
      {!error && !loading && items.length === 0 ? <EmptyView message="没有符合条件的党员。" /> : null}
      {items.length > 0 ? <View className="muted">共 {total} 人</View> : null}
      {items.map((member) => (
        <View className="card members__item" key={member.memberId} onClick={() => openAdmin.member(member.memberId)}>
          <View className="row">
            <Text className="members__name">
              {member.name}
              {member.role !== 'member' ? <Text className="tag">{ROLE_LABELS[member.role]}</Text> : null}
            </Text>
            <Text className="muted">{member.bound ? '已绑定' : '未绑定'}</Text>
          </View>
          <View className="muted">
            {member.unitName} · {STAGE_LABELS[member.stage]} · {MEMBER_STATUS_LABELS[member.status]}
            {member.phoneMasked ? ` · ${member.phoneMasked}` : ''}
          </View>
        </View>
      ))}
      {loading ? <LoadingView /> : null}
      {!loading && more ? (
        <Button className="button button--plain" onClick={more}>
          加载更多（还有 {total - items.length} 人）
        </Button>
      ) : null}
    </PageShell>
  );
}
