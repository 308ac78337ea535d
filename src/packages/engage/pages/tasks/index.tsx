import { useState } from 'react';
import { View } from '@tarojs/components';
import { CellGroup, Popup, Tabs } from '@nutui/nutui-react-taro';
import { TASK_STATE_LABELS, TASK_STATES, type TaskState } from '@contract/engage-labels';
import type { MyTask } from '@contract/schemas/engage';
import type { z } from 'zod';
import { PageShell } from '@/components/page-shell';
import { PagedList } from '@/components/paged-list';
import { TaskCard } from '@/features/engage/task-card';
import { TaskFeedbackForm } from '@/features/engage/task-feedback-form';
import { call } from '@/lib/api-client';
import { usePagedCall } from '@/lib/use-paged-call';
import '@/features/engage/engage.scss';

const EMPTY: Record<TaskState, string> = {
  todo: '没有待完成的任务。',
  submitted: '没有等待审核的反馈。',
  returned: '没有被退回的任务。',
  accepted: '还没有已完成的任务。',
};

/** 我的任务: by state; open one to see it and 提交反馈. */
export default function TasksPage() {
  const [state, setState] = useState<TaskState>('todo');
  const [open, setOpen] = useState<z.output<typeof MyTask> | null>(null);
  const paged = usePagedCall((skip) => call('task.mine', { state, skip, limit: 20 }), state);
  return (
    <PageShell>
      <Tabs value={state} onChange={(value) => setState(value as TaskState)}>
        {TASK_STATES.map((s) => (
          <Tabs.TabPane key={s} value={s} title={TASK_STATE_LABELS[s]} />
        ))}
      </Tabs>
      <CellGroup className="row-list">
        <PagedList paged={paged} empty={EMPTY[state]}>
          {(task) => <TaskCard key={task.taskId} task={task} onOpen={() => setOpen(task)} />}
        </PagedList>
      </CellGroup>
      <Popup visible={open !== null} position="bottom" round closeable title="任务详情" onClose={() => setOpen(null)}>
        <View className="sheet sheet--tall">
          {open ? (
            <TaskFeedbackForm
              task={open}
              onDone={() => {
                setOpen(null);
                paged.reload();
              }}
            />
          ) : null}
        </View>
      </Popup>
    </PageShell>
  );
}
