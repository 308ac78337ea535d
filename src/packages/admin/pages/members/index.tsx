import { useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button, CellGroup, SearchBar, Tabs } from '@nutui/nutui-react-taro';
import { STAGE_LABELS, STAGES, type Stage } from '@contract/labels';
import { PageShell } from '@/components/page-shell';
import { PagedList } from '@/components/paged-list';
import { openAdmin } from '@/features/admin/admin-links';
import { MemberCell } from '@/features/admin/member-cell';
import { MemberCreateSheet } from '@/features/admin/member-create-sheet';
import { call } from '@/lib/api-client';
import { usePagedCall } from '@/lib/use-paged-call';
import '@/features/admin/members.scss';

const PAGE = 20;

/** The roster of a unit's subtree, by pinyin: search by name or full phone, filter by stage, load more. */
export default function MembersPage() {
  const unitId = useRouter().params.unitId ?? '';
  const [query, setQuery] = useState('');
  const [stage, setStage] = useState<Stage | 'all'>('all');
  // The query applies on 搜索 (or the keyboard's search key), not on every keystroke; the stage at once.
  const [applied, setApplied] = useState('');
  const [creating, setCreating] = useState(false);
  const paged = usePagedCall(
    (skip) =>
      call('admin.memberList', {
        unitId,
        query: applied.trim() || undefined,
        stage: stage === 'all' ? undefined : stage,
        skip,
        limit: PAGE,
      }),
    `${unitId}:${stage}:${applied}`,
  );
  const search = (value: string) => (value === applied ? paged.reload() : setApplied(value));

  return (
    <PageShell>
      <View className="members-toolbar">
        <Button fill="outline" type="primary" size="small" onClick={() => openAdmin.import(unitId)}>
          导入花名册
        </Button>
        <Button type="primary" size="small" onClick={() => setCreating(true)}>
          添加党员
        </Button>
      </View>
      <SearchBar
        className="members-search"
        placeholder="输入姓名开头或完整手机号"
        value={query}
        onChange={setQuery}
        onSearch={search}
        onClear={() => {
          setQuery('');
          search('');
        }}
        right={
          <Text className="members-search__go" onClick={() => search(query)}>
            搜索
          </Text>
        }
      />
      <Tabs value={stage} onChange={(value) => setStage(value as Stage | 'all')} activeType="simple">
        <Tabs.TabPane value="all" title="全部" />
        {[...STAGES].reverse().map((s) => (
          <Tabs.TabPane key={s} value={s} title={STAGE_LABELS[s]} />
        ))}
      </Tabs>
      {paged.items.length > 0 ? <Text className="members-total">共 {paged.total} 人，按姓名拼音排列</Text> : null}
      <CellGroup className="members-list">
        <PagedList paged={paged} empty="没有符合条件的党员，换个姓名或阶段试试。">
          {(member) => (
            <MemberCell key={member.memberId} member={member} onOpen={() => openAdmin.member(member.memberId)} />
          )}
        </PagedList>
      </CellGroup>
      <MemberCreateSheet
        unitId={unitId}
        visible={creating}
        onClose={() => setCreating(false)}
        onCreated={(dossier) => {
          setCreating(false);
          openAdmin.member(dossier.memberId);
          paged.reload();
        }}
      />
    </PageShell>
  );
}
