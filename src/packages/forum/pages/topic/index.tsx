import { useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button, Tag } from '@nutui/nutui-react-taro';
import type { ForumPost, ForumTopicOutput } from '@contract/schemas/forum';
import type { z } from 'zod';
import { PageShell } from '@/components/page-shell';
import { PagedList } from '@/components/paged-list';
import { SectionHeader } from '@/components/section-header';
import { ModerationTools, type HideTarget } from '@/features/forum/moderation-tools';
import { PostCard } from '@/features/forum/post-card';
import { ReplyBar, replyRefusal } from '@/features/forum/reply-bar';
import { call } from '@/lib/api-client';
import { usePagedCall } from '@/lib/use-paged-call';
import '@/features/forum/forum.scss';

type Topic = z.output<typeof ForumTopicOutput>;
type Post = z.output<typeof ForumPost>;

async function deleteOwn(postId: string, onDone: () => void) {
  const { confirm } = await Taro.showModal({
    title: '删除',
    content: '删除后其他党员将看到“该内容已被作者删除”，不能恢复。确定删除吗？',
    confirmText: '删除',
    confirmColor: '#C8161D',
  });
  if (!confirm) return;
  const result = await call('forum.deleteOwn', { postId });
  void Taro.showToast({ title: result.ok ? '已删除' : result.error.message, icon: result.ok ? 'success' : 'none' });
  if (result.ok) onDone();
}

/** A topic: its opening post, the replies in order, the reply bar, and for the secretary 管理 and 隐藏. */
export default function ForumTopicPage() {
  const topicId = useRouter().params.topicId ?? '';
  const [topic, setTopic] = useState<Topic | null>(null);
  const [sheet, setSheet] = useState(false);
  const [hiding, setHiding] = useState<HideTarget>(null);
  const paged = usePagedCall<Post>(async (skip) => {
    const result = await call('forum.topic', { topicId, skip, limit: 20 });
    if (!result.ok) return result;
    setTopic(result.data);
    return { ok: true, data: { items: result.data.replies, total: result.data.total } };
  }, topicId);
  const actions = (post: Post) => (
    <>
      {post.mine && !post.deleted && !post.hidden ? (
        <Button size="small" fill="outline" onClick={() => void deleteOwn(post.postId, paged.reload)}>
          删除
        </Button>
      ) : null}
      {topic?.canModerate && !post.hidden && post.postId !== topic.topicId ? (
        <Button size="small" fill="outline" type="primary" onClick={() => setHiding({ postId: post.postId })}>
          隐藏
        </Button>
      ) : null}
    </>
  );
  return (
    <PageShell>
      {topic ? (
        <>
          <Text className="forum-title">{topic.title}</Text>
          <View className="forum-title-meta">
            {topic.pinned ? <Tag type="danger">置顶</Tag> : null}
            {topic.closed ? <Tag type="default">已关闭</Tag> : null}
            <Text className="forum-meta">{topic.unitName}</Text>
            {topic.canModerate ? (
              <Button size="small" fill="outline" type="primary" onClick={() => setSheet(true)}>
                管理
              </Button>
            ) : null}
          </View>
          <PostCard post={topic.opening} label="发起" actions={actions(topic.opening)} />
          <View className="forum-section">
            <SectionHeader title="回复" extra={`${topic.total} 条`} />
          </View>
        </>
      ) : null}
      <PagedList paged={paged} empty="还没有回复，说说您的看法吧。">
        {(post, index) => <PostCard key={post.postId} post={post} label={`${index + 1} 楼`} actions={actions(post)} />}
      </PagedList>
      {topic ? (
        <>
          <ReplyBar topicId={topicId} refusal={replyRefusal(topic)} onSent={paged.reload} />
          <ModerationTools
            topic={{ topicId, pinned: topic.pinned, closed: topic.closed, hidden: topic.opening.hidden }}
            sheetOpen={sheet}
            onSheetClose={() => setSheet(false)}
            hiding={hiding}
            onHide={setHiding}
            onChanged={paged.reload}
          />
        </>
      ) : null}
    </PageShell>
  );
}
