import { Cell, CellGroup, Tag } from '@nutui/nutui-react-taro';
import type { PendingWork } from '@contract/schemas/pending-work';
import { openPage } from '@/lib/pages';

const QUEUES: Array<{ key: keyof PendingWork; title: string; open: (unitId: string) => void }> = [
  { key: 'bindingRequests', title: '绑定审核', open: (unitId) => openPage('adminBindings', { unitId }) },
  { key: 'notesToReview', title: '心得审核', open: (unitId) => openPage('adminNotes', { unitId }) },
  { key: 'leaveRequests', title: '活动请假', open: (unitId) => openPage('adminActivities', { unitId }) },
  { key: 'attemptsToVerify', title: '答题待核实', open: (unitId) => openPage('adminQuizFlags', { unitId }) },
  { key: 'questionReports', title: '题目纠错', open: (unitId) => openPage('adminQuestions', { unitId }) },
  { key: 'transfersToHandle', title: '组织关系转接', open: (unitId) => openPage('transferList', { unitId }) },
  { key: 'developmentOverdue', title: '发展党员逾期', open: (unitId) => openPage('developConsole', { unitId }) },
  { key: 'objectionsToHandle', title: '公示异议', open: (unitId) => openPage('publicityManage', { unitId }) },
  { key: 'suggestionsToAnswer', title: '意见建议待答复', open: (unitId) => openPage('engageSuggestions', { unitId }) },
  { key: 'taskReportsToReview', title: '任务待审核', open: (unitId) => openPage('engageTaskManage', { unitId }) },
];

/** What waits for the admin, one cell per queue with its size, each opening the list to work through. */
export function PendingCells({ unitId, pending }: { unitId: string; pending: PendingWork }) {
  return (
    <CellGroup>
      {QUEUES.map((queue) => (
        <Cell
          key={queue.key}
          title={queue.title}
          clickable
          align="center"
          className="dashboard-pending"
          extra={
            pending[queue.key] > 0 ? (
              <Tag type="primary">{`${pending[queue.key]} 项待处理`}</Tag>
            ) : (
              <Tag background="#F1ECE6" color="#8C8C8C">
                已处理完
              </Tag>
            )
          }
          onClick={() => queue.open(unitId)}
        />
      ))}
    </CellGroup>
  );
}
