import { useState } from 'react';
import { useDidShow } from '@tarojs/taro';
import { Text } from '@tarojs/components';
import { Button, CellGroup } from '@nutui/nutui-react-taro';
import type { ForumTopicSummary } from '@contract/schemas/forum';
import type { z } from 'zod';
import { BottomBar } from '@/components/bottom-bar';
import { PageShell } from '@/components/page-shell';
import { PagedList } from '@/components/paged-list';
import { TopicRow } from '@/features/forum/topic-row';
import { call } from '@/lib/api-client';
import { openPage } from '@/lib/pages';
import { usePagedCall } from '@/lib/use-paged-call';
import '@/features/forum/forum.scss';

type Topic = z.output<typeof ForumTopicSummary>;

/** 交流园地: my branch's topics, pinned first, with what is new for me; 发新话题 at the bottom. */
export default function ForumBoardPage() {
  const [unitName, setUnitName] = useState('');
  const paged = usePagedCall<Topic>(async (skip) => {
    const result = await call('forum.topics', { skip, limit: 20 });
    if (result.ok) setUnitName(result.data.unitName);
    return result;
  }, 'board');
  // Back from a topic or a new one: the unread marks and order may have changed.
  const [shown, setShown] = useState(false);
  useDidShow(() => {
    if (shown) paged.reload();
    setShown(true);
  });
  return (
    <PageShell>
      {unitName ? (
        <Text className="forum-intro">{unitName}的党员在这里交流学习体会和工作想法，请文明发言。</Text>
      ) : null}
      <CellGroup className="row-list">
        <PagedList paged={paged} empty="还没有话题，点下方“发新话题”和大家交流吧。">
          {(topic) => (
            <TopicRow
              key={topic.topicId}
              topic={topic}
              onOpen={() => openPage('forumTopic', { topicId: topic.topicId })}
            />
          )}
        </PagedList>
      </CellGroup>
      <BottomBar>
        <Button type="primary" onClick={() => openPage('forumNew')}>
          发新话题
        </Button>
      </BottomBar>
    </PageShell>
  );
}
