import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Button, Input } from '@nutui/nutui-react-taro';
import { BottomBar } from '@/components/bottom-bar';
import { useRouteForm } from '@/lib/use-route-form';
import { MentionChips, MentionPicker, type Mention } from './mention-picker';

type Values = { text: string; mentions: Mention[] };

/** The bar at the bottom of a topic: write a reply, @ members, 发送; a closed topic says so instead. */
export function ReplyBar({ topicId, closed, onSent }: { topicId: string; closed: boolean; onSent: () => void }) {
  const [picking, setPicking] = useState(false);
  const form = useRouteForm('forum.reply', {
    initial: { text: '', mentions: [] } as Values,
    toInput: (v) => ({ topicId, text: v.text, mentionIds: v.mentions.map((m) => m.memberId) }),
    successToast: '已回复',
    guard: false,
    onDone: () => {
      form.reset({ text: '', mentions: [] });
      onSent();
    },
  });
  const { values } = form;
  return (
    <BottomBar testId="forum-reply-bar">
      {closed ? (
        <Text className="forum-reply-bar__closed">话题已关闭，不能再回复</Text>
      ) : (
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
          {form.errors.text || form.formError ? (
            <Text className="field__error">{form.errors.text ?? form.formError?.message}</Text>
          ) : null}
          <View className="forum-reply-bar">
            <Button fill="outline" type="primary" aria-label="提到党员" onClick={() => setPicking(true)}>
              @
            </Button>
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
      )}
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
