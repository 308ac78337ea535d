import { createRoot, type Root } from 'react-dom/client';
import { act } from 'react';
import { ItemList } from '../../src/features/assess/item-list';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

// The kit's Dialog listens to the page's events, which jsdom has none of; the reject dialog is not under test.
jest.mock('@nutui/nutui-react-taro', () => ({
  ...jest.requireActual('@nutui/nutui-react-taro'),
  Dialog: () => null,
}));

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

const item = (itemId: string, memberName: string, canManage: boolean) => ({
  itemId,
  memberId: `m-${itemId}`,
  memberName,
  unitName: '东区支部',
  indicatorLabel: '志愿服务',
  points: 4,
  occurredAt: Date.parse('2026-11-20T10:00:00+08:00'),
  evidence: '参加社区义诊志愿服务',
  status: 'pending' as const,
  enteredByName: '东区书记',
  decidedByName: null,
  rejectReason: null,
  canDecide: canManage,
  canManage,
  createdAt: Date.parse('2026-11-20T10:00:00+08:00'),
});

test('a pending item on an equal or superior admin offers no decision and says who decides', () => {
  act(() =>
    root.render(<ItemList items={[item('a', '张三', true), item('b', '李书记', false)]} onChanged={() => undefined} />),
  );
  const [managed, outranked] = Array.from(container.querySelectorAll('[data-testid="assess-item"]'));
  expect(managed!.textContent).toContain('通过');
  expect(managed!.querySelector('[data-testid="assess-item-outranked"]')).toBeNull();
  expect(outranked!.textContent).not.toContain('通过');
  expect(outranked!.textContent).not.toContain('驳回');
  expect(outranked!.querySelector('[data-testid="assess-item-outranked"]')!.textContent).toBe(
    '同级或上级管理员的加扣分，请由更上级的管理员审核',
  );
});
