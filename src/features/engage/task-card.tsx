import { Text, View } from '@tarojs/components';
import { Cell, Tag } from '@nutui/nutui-react-taro';
import { TASK_STATE_LABELS, type TaskState } from '@contract/engage-labels';
import { dateTimeText } from '@/lib/format';

export const TASK_TAG_TYPE: Record<TaskState, 'warning' | 'primary' | 'danger' | 'success'> = {
  todo: 'warning',
  submitted: 'primary',
  returned: 'danger',
  accepted: 'success',
};

/** A task of mine in a list: state, title, deadline; tapping opens it. */
export function TaskCard({
  task,
  onOpen,
}: {
  task: { title: string; state: TaskState; deadline: number; unitName: string };
  onOpen: () => void;
}) {
  return (
    <Cell clickable onClick={onOpen}>
      <View className="engage-card" data-testid="task-card">
        <View className="engage-card__line">
          <Tag type={TASK_TAG_TYPE[task.state]}>{TASK_STATE_LABELS[task.state]}</Tag>
          <Text className="engage-card__title">{task.title}</Text>
        </View>
        <Text className="engage-card__meta">
          {task.unitName} · {dateTimeText(task.deadline)} 截止
        </Text>
      </View>
    </Cell>
  );
}
