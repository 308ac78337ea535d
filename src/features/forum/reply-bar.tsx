import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Badge, Button, Input } from '@nutui/nutui-react-taro';
import { Image as ImageIcon } from '@nutui/icons-react-taro';
import { BottomBar } from '@/components/bottom-bar';
import { useRouteForm } from '@/lib/use-route-form';
import { ImagePicker } from './image-picker';
import { MentionChips, MentionPicker, type Mention } from './mention-picker';

type Values = { text: string; imageFileIds: string[]; mentions: Mention[] };
type TopicState = { closed: boolean; opening: { hidden: boolean; deleted: boolean } };
const EMPTY: Values = { text: '', imageFileIds: [], mentions: [] };

/** Why a topic takes no replies (the server refuses them too), or null when it does. */
export function replyRefusal(topic: TopicState): string | null {
  if (topic.opening.deleted) return '该话题已被作者删除，不能回复';
  if (topic.opening.hidden) return '该话题已被管理员隐藏，不能回复';
  if (topic.closed) return '该话题已关闭，不能回复';
  return null;
}

/**
 * The bar at the bottom of a topic: write a reply, add up to three images, @ members, 发送. A topic that takes no
 * replies (closed, hidden or deleted) shows why instead, in `refusal`.
 */
export function ReplyBar({
  topicId,
  refusal,
  onSent,
}: {
  topicId: string;
  refusal: string | null;
  onSent: () => void;
}) {
  const [picking, setPicking] = useState(false);
  const [imagesOpen, setImagesOpen] = useState(false);
  // Sending starts a fresh picker: the uploaded thumbnails belong to the reply just sent.
  const [round, setRound] = useState(0);
  const form = useRouteForm('forum.reply', {
    initial: EMPTY,
    toInput: (v) => ({
      topicId,
      text: v.text,
      imageFileIds: v.imageFileIds,
      mentionIds: v.mentions.map((m) => m.memberId),
    }),
    successToast: '已回复',
    guard: false,
    onDone: () => {
      form.reset(EMPTY);
      setRound((n) => n + 1);
      setImagesOpen(false);
      onSent();
    },
  });
  const { values } = form;
  const imageCount = values.imageFileIds.length;
  const imagesShown = imagesOpen || imageCount > 0;
  if (refusal)
    return (
      <BottomBar testId="forum-reply-bar">
        <Text className="forum-reply-bar__closed">{refusal}</Text>
      </BottomBar>
    );
  return (
    <BottomBar testId="forum-reply-bar">
      <View className="forum-topic">
        <MentionChips
          chosen={values.mentions}
          onRemove={(id) =>
            form.set(
              'mentions',
              values.mentions.filter((m) => m.memberId !== id),
            )
          }
        />
        <View
          className={`forum-reply-bar__images ${imagesShown ? '' : 'forum-reply-bar__images--closed'}`}
          data-testid="forum-reply-images"
        >
          <ImagePicker key={round} onChange={(ids) => form.set('imageFileIds', ids)} />
        </View>
        {form.errors.text || form.errors.imageFileIds || form.formError ? (
          <Text className="field__error">
            {form.errors.text ?? form.errors.imageFileIds ?? form.formError?.message}
          </Text>
        ) : null}
        <View className="forum-reply-bar">
          <Button fill="outline" type="primary" aria-label="提到党员" onClick={() => setPicking(true)}>
            @
          </Button>
          <Badge value={imageCount || undefined}>
            <Button
              fill="outline"
              type="primary"
              aria-label={imageCount ? `回复图片（已加 ${imageCount} 张）` : '给回复加图片'}
              icon={<ImageIcon />}
              // With images added the tray stays open, so they can be seen and removed before sending.
              onClick={() => setImagesOpen(imageCount > 0 || !imagesOpen)}
            />
          </Badge>
          <Input
            className="forum-reply-bar__input"
            value={values.text}
            maxLength={2000}
            placeholder="写回复…"
            aria-label="回复内容"
            onChange={(text) => form.set('text', text)}
          />
          <Button
            type="primary"
            loading={form.busy}
            disabled={values.text.trim() === ''}
            onClick={() => void form.submit()}
          >
            发送
          </Button>
        </View>
      </View>
      <MentionPicker
        visible={picking}
        chosen={values.mentions}
        onClose={() => setPicking(false)}
        onDone={(mentions) => {
          form.set('mentions', mentions);
          setPicking(false);
        }}
      />
    </BottomBar>
  );
}
