import { useState } from 'react';
import { View } from '@tarojs/components';
import { Button, TextArea } from '@nutui/nutui-react-taro';
import { Field, FieldGroup, TextField } from '@/components/form';
import { replacePage } from '@/lib/pages';
import { useRouteForm } from '@/lib/use-route-form';
import { ImagePicker } from './image-picker';
import { MentionChips, MentionPicker, type Mention } from './mention-picker';

type Values = { title: string; text: string; imageFileIds: string[]; mentions: Mention[] };

/** 发新话题: a title, what to say, up to three images and the members to @ (each is told once). */
export function TopicForm() {
  const [picking, setPicking] = useState(false);
  const form = useRouteForm('forum.topicCreate', {
    initial: { title: '', text: '', imageFileIds: [], mentions: [] } as Values,
    toInput: (v) => ({
      title: v.title,
      text: v.text,
      imageFileIds: v.imageFileIds,
      mentionIds: v.mentions.map((m) => m.memberId),
    }),
    successToast: '已发布',
    onDone: (posted) => replacePage('forumTopic', { topicId: posted.topicId }),
  });
  const { values } = form;
  return (
    <View data-testid="forum-topic-form">
      <FieldGroup>
        <TextField
          label="标题"
          value={values.title}
          maxlength={40}
          placeholder="一句话说清要交流什么"
          error={form.errors.title}
          onChange={(title) => form.set('title', title)}
        />
        <Field label="内容" error={form.errors.text}>
          <TextArea
            value={values.text}
            maxLength={2000}
            showCount
            autoSize
            placeholder="说说您的想法、经验或问题"
            onChange={(text) => form.set('text', text)}
          />
        </Field>
        <Field label="图片（可不加，最多 3 张）" error={form.errors.imageFileIds}>
          <ImagePicker onChange={(ids) => form.set('imageFileIds', ids)} />
        </Field>
        <Field label="提到党员（可不选）" error={form.errors.mentionIds}>
          <MentionChips
            chosen={values.mentions}
            onRemove={(id) =>
              form.set(
                'mentions',
                values.mentions.filter((m) => m.memberId !== id),
              )
            }
          />
          <Button size="small" fill="outline" type="primary" onClick={() => setPicking(true)}>
            @ 选择党员
          </Button>
        </Field>
      </FieldGroup>
      {form.formError ? <View className="notice">{form.formError.message}</View> : null}
      <View className="forum-section">
        <Button block type="primary" size="large" loading={form.busy} onClick={() => void form.submit()}>
          发布话题
        </Button>
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
    </View>
  );
}
