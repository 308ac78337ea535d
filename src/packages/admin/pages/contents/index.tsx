import { useState } from 'react';
import Taro, { useDidShow, useRouter } from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { CONTENT_KIND_LABELS, CONTENT_STATUS_LABELS, CONTENT_STATUSES, type ContentStatus } from '@contract/labels';
import { PageShell } from '@/components/page-shell';
import { EmptyView, ErrorView, LoadingView } from '@/components/state-views';
import { openAdmin } from '@/features/admin/admin-links';
import { dateText } from '@/features/study/format';
import { call } from '@/lib/api-client';
import { usePagedCall } from '@/lib/use-paged-call';
import '@/features/study/study.scss';

/** Content whose audience lies in the unit's subtree: drafts, published (incl. scheduled), taken down. */
export default function AdminContentsPage() {
  const unitId = useRouter().params.unitId ?? '';
  const [status, setStatus] = useState<ContentStatus | undefined>(undefined);
  const [message, setMessage] = useState<string | null>(null);
  const { items, loading, error, reload, more } = usePagedCall(
    (skip) => call('admin.contentList', { unitId, ...(status ? { status } : {}), skip, limit: 20 }),
    `${unitId}:${status ?? ''}`,
  );
  useDidShow(() => reload());

  const takeDown = async (contentId: string, title: string) => {
    const { confirm } = await Taro.showModal({
      title: '下架内容',
      content: `下架后党员将看不到「${title}」，已有的学习记录和积分保留。确定下架吗？`,
    });
    if (!confirm) return;
    const result = await call('admin.contentTakeDown', { contentId });
    setMessage(result.ok ? `已下架「${title}」` : result.error.message);
    reload();
  };
  const publish = async (contentId: string, title: string) => {
    const result = await call('admin.contentPublish', { contentId });
    setMessage(result.ok ? `已发布「${title}」` : result.error.message);
    reload();
  };

  return (
    <PageShell>
      <Button className="button contents__new" onClick={() => openAdmin.contentForm(unitId)}>
        新建学习内容
      </Button>
      <View className="chips">
        <Text className={status ? 'chips__item' : 'chips__item chips__item--on'} onClick={() => setStatus(undefined)}>
          全部
        </Text>
        {CONTENT_STATUSES.map((s) => (
          <Text
            key={s}
            className={status === s ? 'chips__item chips__item--on' : 'chips__item'}
            onClick={() => setStatus(s)}
          >
            {CONTENT_STATUS_LABELS[s]}
          </Text>
        ))}
      </View>
      {message ? <View className="notice">{message}</View> : null}
      {error ? <ErrorView message={error.message} onRetry={reload} /> : null}
      {!error && !loading && items.length === 0 ? <EmptyView message="还没有学习内容，点上方按钮新建。" /> : null}
      {items.map((item) => {
        const scheduled = item.status === 'published' && item.publishAt !== null && item.publishAt > Date.now();
        return (
          <View key={item.contentId} className="card">
            <View className="row">
              <Text className="study-card__title">{item.title}</Text>
              <Text className="tag">{scheduled ? '定时发布' : CONTENT_STATUS_LABELS[item.status]}</Text>
            </View>
            {item.hasUnpublishedChanges ? <View className="muted contents__unpublished">有未发布的修改</View> : null}
            <View className="muted">
              {CONTENT_KIND_LABELS[item.kind]} · 面向{item.audienceName} · {item.completedCount} 人学完
              {item.publishAt ? ` · ${scheduled ? '将于' : ''}${dateText(item.publishAt)}发布` : ''}
            </View>
            <View className="row">
              <Text className="tag" onClick={() => openAdmin.contentForm(unitId, item.contentId)}>
                编辑
              </Text>
              {item.status === 'published' && item.hasUnpublishedChanges ? (
                <Text className="tag contents__publish" onClick={() => void publish(item.contentId, item.title)}>
                  发布修改
                </Text>
              ) : null}
              {item.status === 'published' ? (
                <Text className="tag" onClick={() => void takeDown(item.contentId, item.title)}>
                  下架
                </Text>
              ) : (
                <Text className="tag contents__publish" onClick={() => void publish(item.contentId, item.title)}>
                  {item.status === 'taken_down' ? '重新发布' : '发布'}
                </Text>
              )}
            </View>
          </View>
        );
      })}
      {loading ? <LoadingView /> : null}
      {!loading && more ? (
        <Button className="button button--plain" onClick={more}>
          加载更多
        </Button>
      ) : null}
    </PageShell>
  );
}
