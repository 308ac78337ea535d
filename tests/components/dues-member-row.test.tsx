import { createRoot, type Root } from 'react-dom/client';
import { act } from 'react';
import { MemberDuesRow } from '../../src/features/dues/member-dues-row';
import type { DuesMemberRowData } from '../../src/features/dues/labels';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** The role ceiling in the dues console: a row the caller cannot manage (their own, an equal's) offers no action. */
const ROW: DuesMemberRowData = {
  memberId: 'm-006',
  name: '陈支书',
  category: 'salaried',
  dueFen: 4000,
  state: 'arrears',
  paidAt: null,
  method: null,
  unpaid: [
    { month: '2026-10', dueFen: 4000 },
    { month: '2026-11', dueFen: 4000 },
  ],
  unpaidFen: 8000,
  reviewDue: false,
  canManage: true,
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

const render = (row: DuesMemberRowData) =>
  act(() => root.render(<MemberDuesRow row={row} onSetBase={() => {}} onRecord={() => {}} />));

test('a member the caller outranks offers 调整基数 and 记录缴费', () => {
  render(ROW);
  const text = container.textContent ?? '';
  expect(text).toContain('调整基数');
  expect(text).toContain('记录缴费');
  expect(text).not.toContain('由上级管理员办理');
});

test('an equal or superior admin (the secretary’s own row) shows why, and no action', () => {
  render({ ...ROW, canManage: false });
  const text = container.textContent ?? '';
  expect(text).not.toContain('调整基数');
  expect(text).not.toContain('记录缴费');
  expect(text).toContain('欠缴 2 个月');
  expect(text).toContain('同级或上级管理员的党费由上级管理员办理');
});
