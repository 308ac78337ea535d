import { useRef, useState } from 'react';
import { useDidShow, useRouter } from '@tarojs/taro';
import { CellGroup, Tabs } from '@nutui/nutui-react-taro';
import { PageShell } from '@/components/page-shell';
import { PagedList } from '@/components/paged-list';
import { NoticesCard } from '@/features/member/notices-card';
import { NoticeRow } from '@/features/notices/notice-row';
import { call } from '@/lib/api-client';
import { openPage } from '@/lib/pages';
import { usePagedCall } from '@/lib/use-paged-call';
import '@/features/notices/notices.scss';

/** 通知公告 addressed to me, unread first; the system's own messages (reminders, results) on the second tab. */
export default function NoticeListPage() {
  const [tab, setTab] = useState(useRouter().params.tab === 'system' ? 'system' : 'notices');
  const paged = usePagedCall((skip) => call('notice.list', { skip, limit: 20 }), '');
  // Back from a notice, its 未读 tag goes: the list is read again whenever the page shows after the first time.
  const shown = useRef(false);
  useDidShow(() => {
    if (shown.current) paged.reload();
    shown.current = true;
  });
  return (
    <PageShell>
      <Tabs value={tab} onChange={(value) => setTab(String(value))} className="notice-tabs">
        <Tabs.TabPane title="通知公告" value="notices">
          <CellGroup className="row-list">
            <PagedList paged={paged} empty="暂时没有发给您的通知公告。">
              {(notice) => (
                <NoticeRow
                  key={notice.noticeId}
                  notice={notice}
                  onOpen={() => openPage('noticeDetail', { noticeId: notice.noticeId })}
                />
              )}
            </PagedList>
          </CellGroup>
        </Tabs.TabPane>
        <Tabs.TabPane title="系统消息" value="system">
          {tab === 'system' ? <NoticesCard /> : null}
        </Tabs.TabPane>
      </Tabs>
    </PageShell>
  );
}
