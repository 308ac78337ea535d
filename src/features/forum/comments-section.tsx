import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button, Input } from '@nutui/nutui-react-taro';
import type { CommentTargetKind } from '@contract/schemas/forum';
import { PagedList } from '@/components/paged-list';
import { SectionHeader } from '@/components/section-header';
import { call } from '@/lib/api-client';
import { agoText } from '@/lib/format';
import { usePagedCall } from '@/lib/use-paged-call';
import { useRouteForm } from '@/lib/use-route-form';
import { ReasonDialog } from './reason-dialog';
import './forum.scss';

/**
 * 评论 under a study item or an activity: newest first, a line to write one, 删除 for my own and 隐藏 (with a
 * reason) for those who moderate. Loads after the page's own content, with its own states.
 */
export function CommentsSection({ targetKind, targetId }: { targetKind: CommentTargetKind; targetId: string }) {
  const [canModerate, setCanModerate] = useState(false);
  const [hiding, setHiding] = useState<string | null>(null);
  const [hideError, setHideError] = useState<string | null>(null);
  const paged = usePagedCall(async (skip) => {
    const result = await call('comments.list', { targetKind, targetId, skip, limit: 20 });
    if (result.ok) setCanModerate(result.data.canModerate);
    return result;
  }, `${targetKind}:${targetId}`);
  const form = useRouteForm('comments.add', {
    initial: { text: '' },
    toInput: (v) => ({ targetKind, targetId, text: v.text }),
    successToast: '评论已发表',
    guard: false,
    onDone: () => {
      form.reset({ text: '' });
      paged.reload();
    },
  });
  const remove = async (commentId: string) => {
    const { confirm } = await Taro.showModal({
      title: '删除评论',
      content: '删除后不能恢复，确定删除这条评论吗？',
      confirmText: '删除',
      confirmColor: '#C8161D',
    });
    if (!confirm) return;
    const result = await call('comments.deleteOwn', { commentId });
    void Taro.showToast({ title: result.ok ? '已删除' : result.error.message, icon: result.ok ? 'success' : 'none' });
    if (result.ok) paged.reload();
  };
  const hide = async (reason: string) => {
    if (!hiding) return;
    const result = await call('admin.commentHide', { commentId: hiding, reason });
    if (!result.ok) return setHideError(result.error.fields?.reason ?? result.error.message);
    setHiding(null);
    setHideError(null);
    paged.reload();
  };
  // Someone not signed in as a member (a shared link) sees the page without its comments.
  if (paged.error && ['NOT_BOUND', 'UNAUTHENTICATED'].includes(paged.error.code)) return null;
  return (
    <View className="forum-comments" data-testid="comments-section">
      <View className="forum-section">
        <SectionHeader title="评论" extra={paged.total ? `${paged.total} 条` : undefined} />
      </View>
      <View className="forum-comments__add">
        <Input
          className="forum-reply-bar__input"
          value={form.values.text}
          maxLength={500}
          placeholder="写下您的学习体会或看法"
          aria-label="评论内容"
          onChange={(text) => form.set('text', text)}
        />
        <Button
          type="primary"
          loading={form.busy}
          disabled={form.values.text.trim() === ''}
          onClick={() => void form.submit()}
        >
          发表
        </Button>
      </View>
      {form.errors.text || form.formError ? (
        <Text className="forum-comments__error">{form.errors.text ?? form.formError?.message}</Text>
      ) : null}
      <PagedList paged={paged} empty="还没有评论，来说说您的体会吧。">
        {(comment) => (
          <View key={comment.commentId} className="forum-post" data-testid="comment">
            <View className="forum-post__head">
              <Text className="forum-post__author">{comment.authorName}</Text>
              <Text className="forum-meta">{agoText(comment.createdAt)}</Text>
            </View>
            <Text className={`forum-post__text ${comment.hidden ? 'forum-post__text--muted' : ''}`}>
              {comment.text}
            </Text>
            {comment.hiddenReason ? (
              <Text className="forum-post__reason">已对党员隐藏，原因：{comment.hiddenReason}</Text>
            ) : null}
            {!comment.hidden && (comment.mine || canModerate) ? (
              <View className="forum-post__actions">
                {comment.mine ? (
                  <Button size="small" fill="outline" onClick={() => void remove(comment.commentId)}>
                    删除
                  </Button>
                ) : null}
                {canModerate ? (
                  <Button size="small" fill="outline" type="primary" onClick={() => setHiding(comment.commentId)}>
                    隐藏
                  </Button>
                ) : null}
              </View>
            ) : null}
          </View>
        )}
      </PagedList>
      <ReasonDialog
        visible={hiding !== null}
        title="隐藏这条评论"
        error={hideError}
        onConfirm={(reason) => void hide(reason)}
        onCancel={() => {
          setHiding(null);
          setHideError(null);
        }}
      />
    </View>
  );
}
