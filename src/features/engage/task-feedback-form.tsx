import { useState } from 'react';
import { Image, Text, View } from '@tarojs/components';
import { Button, CellGroup, TextArea } from '@nutui/nutui-react-taro';
import type { MyTask } from '@contract/schemas/engage';
import type { z } from 'zod';
import { Field } from '@/components/form';
import { dateTimeText } from '@/lib/format';
import { pickFile } from '@/lib/platform/files';
import { useRouteForm } from '@/lib/use-route-form';

type Task = z.output<typeof MyTask>;
type Photo = { name: string; content: string; preview: string };

/** A task's detail, and while it is mine to do (or was returned), the 提交反馈 form: text and a photo. */
export function TaskFeedbackForm({ task, onDone }: { task: Task; onDone: () => void }) {
  const [photo, setPhoto] = useState<Photo | null>(null);
  const form = useRouteForm('task.submit', {
    initial: { text: task.feedback ?? '' },
    toInput: (v) => ({
      taskId: task.taskId,
      text: v.text,
      ...(photo ? { photo: { name: photo.name, content: photo.content } } : {}),
    }),
    successToast: '反馈已提交',
    onDone,
  });
  const open = task.state === 'todo' || task.state === 'returned';
  const addPhoto = async () => {
    const picked = await pickFile(['jpg', 'jpeg', 'png', 'webp']);
    if (picked)
      setPhoto({ name: picked.name, content: picked.base64, preview: `data:image/*;base64,${picked.base64}` });
  };
  return (
    <View className="engage-card" data-testid="task-detail">
      <Text className="engage-card__title">{task.title}</Text>
      {task.description ? <Text className="engage-card__text">{task.description}</Text> : null}
      <Text className="engage-card__meta">
        {task.unitName} 布置 · {dateTimeText(task.deadline)} 截止
      </Text>
      {task.returnReason && task.state === 'returned' ? (
        <View className="engage-card__reply">
          <Text>退回原因：{task.returnReason}</Text>
        </View>
      ) : null}
      {!open ? (
        <View className="engage-card">
          <Text className="engage-card__text">我的反馈：{task.feedback}</Text>
          {task.photoUrl ? <Image className="engage-photo" src={task.photoUrl} mode="aspectFill" /> : null}
          <Text className="engage-card__meta">
            {task.state === 'accepted' ? '管理员已通过' : '已提交，等待管理员审核'}
          </Text>
        </View>
      ) : (
        <>
          <CellGroup>
            <Field label="完成情况" error={form.errors.text}>
              <TextArea
                value={form.values.text}
                maxLength={1000}
                placeholder="写一写完成情况，至少 2 个字"
                onChange={(text) => form.set('text', text)}
              />
            </Field>
          </CellGroup>
          {photo ? <Image className="engage-photo" src={photo.preview} mode="aspectFill" /> : null}
          <Button fill="outline" type="primary" onClick={() => void addPhoto()}>
            {photo ? '换一张照片' : '添加照片（可不加）'}
          </Button>
          {form.formError ? <View className="notice">{form.formError.message}</View> : null}
          <Button block type="primary" loading={form.busy} onClick={() => void form.submit()}>
            提交反馈
          </Button>
        </>
      )}
    </View>
  );
}
