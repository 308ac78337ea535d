import { createRoot, type Root } from 'react-dom/client';
import { act } from 'react';
import { TransferCard } from '../../src/features/transfers/transfer-card';
import { VolunteerHours } from '../../src/features/transfers/volunteer-hours';
import type { TransferItem } from '../../src/features/transfers/transfer-status';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const OUTSIDE: TransferItem = {
  transferId: 'tr-demo-outside',
  memberId: 'm-020',
  memberName: '龚文静',
  fromUnitName: '东湖社区党支部',
  toName: '杭州市西湖区委组织部',
  outside: true,
  letterNo: '城南组字〔2026〕第 52 号',
  validUntil: new Date(2026, 8, 14).getTime(),
  reason: '工作调动到杭州',
  status: 'started',
  returnReason: null,
  receiptDueAt: new Date(2026, 10, 15).getTime(),
  receiptAt: null,
  overdue: true,
  createdAt: new Date(2026, 7, 15).getTime(),
  decidedAt: null,
};

let container: HTMLElement;
let root: Root;

beforeEach(() => {
  container = document.createElement('div');
  document.body.appendChild(container);
  root = createRoot(container);
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

test('a transfer out of the system: where to, the letter, and the overdue receipt in words, never an id', () => {
  act(() => root.render(<TransferCard transfer={OUTSIDE} />));
  const text = container.textContent ?? '';
  expect(text).toContain('回执逾期');
  expect(text).toContain('东湖社区党支部 → 杭州市西湖区委组织部（系统外）');
  expect(text).toContain('有效期至 2026年9月14日');
  expect(text).toContain('回执应于 2026年11月15日 前收回，已逾期');
  expect(text).not.toMatch(/tr-demo|m-020|\d{4}-\d{2}-\d{2}/);
});

test('volunteer hours: totals in hours, each activity with its date and duration, or waiting for the organiser', () => {
  act(() =>
    root.render(
      <VolunteerHours
        data={{
          totalMinutes: 540,
          yearMinutes: 150,
          items: [
            {
              activityId: 'act-1',
              title: '社区环境整治',
              startAt: new Date(2026, 10, 3).getTime(),
              minutes: 150,
              source: 'checkout',
            },
            {
              activityId: 'act-2',
              title: '敬老院探访',
              startAt: new Date(2026, 10, 10).getTime(),
              minutes: 0,
              source: 'checkin',
            },
          ],
        }}
      />,
    ),
  );
  const text = container.textContent ?? '';
  expect(text).toContain('2.5今年志愿时长（小时）');
  expect(text).toContain('9累计（小时）');
  expect(text).toContain('2026年11月3日');
  expect(text).toContain('时长 2 小时 30 分钟');
  expect(text).toContain('签到至签退');
  // Checked in without checking out: no hours until the organiser confirms them.
  expect(text).toContain('未签退，时长待组织者确认');
  expect(text).not.toContain('时长 0');
});
