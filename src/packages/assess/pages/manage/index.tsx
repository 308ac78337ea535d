import { useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { Button, Popup, Tabs } from '@nutui/nutui-react-taro';
import { CallView } from '@/components/call-view';
import { PageShell } from '@/components/page-shell';
import { EmptyView } from '@/components/state-views';
import { ItemsTab } from '@/features/assess/items-tab';
import { SchemeEditor } from '@/features/assess/scheme-editor';
import { SchemeView } from '@/features/assess/scheme-view';
import { ScoresTab } from '@/features/assess/scores-tab';
import { useCall } from '@/lib/use-call';
import '@/features/assess/assess.scss';

type Tab = 'scores' | 'items' | 'scheme';

/** 考核管理: 成绩 (distribution, rankings, export, 归档), 加扣分 (录入 and 审核), 方案 (versions; 党委 edits). */
export default function AssessmentManagePage() {
  const unitId = useRouter().params.unitId ?? '';
  const [tab, setTab] = useState<Tab>('scores');
  const [editing, setEditing] = useState(false);
  const schemes = useCall('admin.assessmentSchemes', { unitId }, unitId);
  const card = useCall('me.card', {});
  const isOrgAdmin =
    card.state.status === 'ready' && (card.state.data.role === 'org_admin' || card.state.data.role === 'super_admin');
  return (
    <PageShell>
      <Tabs value={tab} onChange={(value) => setTab(value as Tab)}>
        <Tabs.TabPane value="scores" title="成绩" />
        <Tabs.TabPane value="items" title="加扣分" />
        <Tabs.TabPane value="scheme" title="方案" />
      </Tabs>
      <CallView state={schemes.state} onRetry={schemes.reload}>
        {(data) =>
          data.current === null ? (
            <EmptyView
              message="还没有考核方案。"
              hint={
                isOrgAdmin ? '制定方案后，系统按学习、考试、三会一课等记录自动计分。' : '请党委管理员先制定考核方案。'
              }
              action={isOrgAdmin ? { label: '制定方案', onClick: () => setEditing(true) } : undefined}
            />
          ) : tab === 'scores' ? (
            <ScoresTab key={data.current.schemeId} unitId={unitId} periods={data.periods} mayClose={isOrgAdmin} />
          ) : tab === 'items' ? (
            <ItemsTab unitId={unitId} scheme={data.current} />
          ) : (
            <View>
              <SchemeView scheme={data.current} />
              {isOrgAdmin ? (
                <Button block type="primary" onClick={() => setEditing(true)}>
                  修改方案（保存为新版本）
                </Button>
              ) : null}
            </View>
          )
        }
      </CallView>
      <Popup visible={editing} position="bottom" round closeable title="考核方案" onClose={() => setEditing(false)}>
        <View className="assess-sheet">
          {editing ? (
            <SchemeEditor
              unitId={unitId}
              current={schemes.state.status === 'ready' ? schemes.state.data.current : null}
              onDone={() => {
                setEditing(false);
                schemes.reload();
              }}
            />
          ) : null}
        </View>
      </Popup>
    </PageShell>
  );
}
