import type { ReactNode } from 'react';
import Taro from '@tarojs/taro';
import { Image, Text, View } from '@tarojs/components';
import type { ForumPost } from '@contract/schemas/forum';
import type { z } from 'zod';
import { agoText } from '@/lib/format';

type Post = z.output<typeof ForumPost>;

/**
 * One post: who and when, the text (or the notice that replaces it), whom it @mentioned, its images (tap to
 * enlarge) and, for those who moderate, why it was hidden. `actions` are the buttons the viewer may use.
 */
export function PostCard({ post, label, actions }: { post: Post; label?: string; actions?: ReactNode }) {
  const replaced = post.deleted || (post.hidden && post.hiddenReason === null);
  return (
    <View className="forum-post" data-testid="forum-post">
      <View className="forum-post__head">
        <Text className="forum-post__author">{post.authorName}</Text>
        <Text className="forum-meta">
          {label ? `${label} · ` : ''}
          {agoText(post.createdAt)}
        </Text>
      </View>
      <Text className={`forum-post__text ${replaced ? 'forum-post__text--muted' : ''}`}>{post.text}</Text>
      {post.mentionNames.length ? (
        <Text className="forum-post__mentions">{post.mentionNames.map((name) => `@${name}`).join(' ')}</Text>
      ) : null}
      {post.imageUrls.length ? (
        <View className="forum-post__images">
          {post.imageUrls.map((url, index) => (
            <Image
              key={url}
              data-testid="forum-post-image"
              ariaLabel={`图片 ${index + 1}，点按放大`}
              className="forum-post__image"
              src={url}
              mode="aspectFill"
              onClick={() => void Taro.previewImage({ current: url, urls: post.imageUrls })}
            />
          ))}
        </View>
      ) : null}
      {post.hidden && post.hiddenReason ? (
        <Text className="forum-post__reason">已对党员隐藏，原因：{post.hiddenReason}</Text>
      ) : null}
      {actions ? <View className="forum-post__actions">{actions}</View> : null}
    </View>
  );
}
