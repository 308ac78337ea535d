import { useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button, Cell, CellGroup, Popup, Progress } from '@nutui/nutui-react-taro';
import { Add } from '@nutui/icons-react-taro';
import type { TaskDetailOutput } from '@contract/schemas/engage';
import type { z } from 'zod';
import { PageShell } from '@/components/page-shell';
import { PagedList } from '@/components/paged-list';
import { TaskForm } from '@/features/engage/task-form';
import { TaskReview } from '@/features/engage/task-review';
import { call } from '@/lib/api-client';
import { dateTimeText } from '@/lib/format';
import { usePagedCall } from '@/lib/use-paged-call';
import { colors } from '@/theme/tokens';
import '@/features/engage/engage.scss';

/** 任务管理: the unit's tasks with completion; 布置任务; open one to review feedback. */
export default function TaskManagePage() {
  const unitId = useRouter().params.unitId ?? '';
  const [creating, setCreating] = useState(false);
  const [open, setOpen] = useState<z.output<typeof TaskDetailOutput> | null>(null);
  const [message, setMessage] = useState('');
  const paged = usePagedCall((skip) => call('admin.taskList', { unitId, skip, limit: 20 }), unitId);
  const show = async (taskId: string) => {
    const result = await call('admin.taskDetail', { taskId });
    if (result.ok) setOpen(result.data);
    else setMessage(result.error.message);
  };
  return (
    <PageShell>
      <View className="engage-counts">
        <Button block type="primary" icon={<Add size={16} />} onClick={() => setCreating(true)}>
          布置任务
        </Button>
      </View>
      {message ? <View className="notice">{message}</View> : null}
      <CellGroup className="row-list">
        <PagedList paged={paged} empty="还没有布置过任务。点上方「布置任务」开始。">
          {(task) => (
            <Cell key={task.taskId} clickable onClick={() => void show(task.taskId)}>
              <View className="engage-card" data-testid="task-row">
                <Text className="engage-card__title">{task.title}</Text>
                <Text className="engage-card__meta">
                  {dateTimeText(task.deadline)} 截止 · 待审核 {task.counts.submitted} 人
                </Text>
                <Text className="engage-card__meta">
                  已完成 {task.counts.accepted}/{task.assigned} 人
                </Text>
                <Progress
                  percent={task.assigned ? Math.round((task.counts.accepted / task.assigned) * 100) : 0}
                  color={colors.primary}
                  background={colors.track}
                />
              </View>
            </Cell>
          )}
        </PagedList>
      </CellGroup>
      <Popup visible={creating} position="bottom" round closeable title="布置任务" onClose={() => setCreating(false)}>
        <View className="sheet sheet--tall">
          <TaskForm
            unitId={unitId}
            onDone={() => {
              setCreating(false);
              paged.reload();
            }}
          />
        </View>
      </Popup>
      <Popup visible={open !== null} position="bottom" round closeable title="审核反馈" onClose={() => setOpen(null)}>
        <View className="sheet sheet--tall">
          {open ? (
            <TaskReview
              detail={open}
              onChange={(next) => {
                setOpen(next);
                paged.reload();
              }}
            />
          ) : null}
        </View>
      </Popup>
    </PageShell>
  );
}
