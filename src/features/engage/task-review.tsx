import { useState } from 'react';
import { Image, Text, View } from '@tarojs/components';
import { Button, Cell, CellGroup, Dialog, Progress, Tag, TextArea } from '@nutui/nutui-react-taro';
import { TASK_STATE_LABELS } from '@contract/engage-labels';
import type { TaskDetailOutput } from '@contract/schemas/engage';
import type { z } from 'zod';
import { call } from '@/lib/api-client';
import { dateTimeText } from '@/lib/format';
import { TASK_TAG_TYPE } from './task-card';
import { colors } from '@/theme/tokens';

type Detail = z.output<typeof TaskDetailOutput>;

/** One task for its admin: completion per unit, and each member's feedback to 通过 or 退回 with a reason. */
export function TaskReview({ detail, onChange }: { detail: Detail; onChange: (next: Detail) => void }) {
  const [returning, setReturning] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [message, setMessage] = useState('');
  const review = async (memberId: string, decision: 'accept' | 'return') => {
    const result = await call('admin.taskReview', { taskId: detail.taskId, memberId, decision, reason });
    if (!result.ok) return setMessage(result.error.message);
    setMessage('');
    setReturning(null);
    setReason('');
    onChange(result.data);
  };
  return (
    <View className="engage-card" data-testid="task-review">
      <Text className="engage-card__title">{detail.title}</Text>
      <Text className="engage-card__meta">{dateTimeText(detail.deadline)} 截止</Text>
      <CellGroup title="各单位完成情况">
        {detail.byUnit.map((unit) => (
          <Cell key={unit.unitId}>
            <View className="engage-unit">
              <Text>
                {unit.unitName}：已完成 {unit.accepted}/{unit.assigned} 人
              </Text>
              <Progress
                percent={unit.assigned ? Math.round((unit.accepted / unit.assigned) * 100) : 0}
                color={colors.primary}
                background={colors.track}
                showText
              />
            </View>
          </Cell>
        ))}
      </CellGroup>
      {message ? <View className="notice">{message}</View> : null}
      <CellGroup title="党员反馈">
        {detail.assignees.map((a) => (
          <Cell key={a.memberId}>
            <View className="engage-card">
              <View className="engage-card__line">
                <Tag type={TASK_TAG_TYPE[a.state]}>{TASK_STATE_LABELS[a.state]}</Tag>
                <Text className="engage-card__title">
                  {a.name} · {a.unitName}
                </Text>
              </View>
              {a.feedback ? <Text className="engage-card__text">{a.feedback}</Text> : null}
              {a.photoUrl ? <Image className="engage-photo" src={a.photoUrl} mode="aspectFill" /> : null}
              {a.returnReason && a.state === 'returned' ? (
                <Text className="engage-card__meta">退回原因：{a.returnReason}</Text>
              ) : null}
              {a.state === 'submitted' ? (
                <View className="engage-card__actions">
                  <Button size="small" fill="outline" onClick={() => setReturning(a.memberId)}>
                    退回
                  </Button>
                  <Button size="small" type="primary" onClick={() => void review(a.memberId, 'accept')}>
                    通过
                  </Button>
                </View>
              ) : null}
            </View>
          </Cell>
        ))}
      </CellGroup>
      <Dialog
        visible={returning !== null}
        title="退回反馈"
        confirmText="退回"
        cancelText="取消"
        onConfirm={() => {
          if (returning) void review(returning, 'return');
        }}
        onCancel={() => setReturning(null)}
      >
        <TextArea value={reason} maxLength={200} placeholder="请写明退回原因，党员会收到通知" onChange={setReason} />
      </Dialog>
    </View>
  );
}
