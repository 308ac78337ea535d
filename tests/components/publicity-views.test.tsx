import { createRoot, type Root } from 'react-dom/client';
import { act } from 'react';
import { ObjectionCard } from '../../src/features/publicity/objection-card';
import { PublicityReader } from '../../src/features/publicity/publicity-reader';
import type { AdminObjection, PublicityDetail } from '../../types/schemas/publicity';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

// The shared components mock has no RichText: here it renders the body's HTML as the H5 build does.
jest.mock('@tarojs/components', () => {
  const { createElement } = jest.requireActual('react');
  return {
    ...jest.requireActual('@tarojs/components'),
    RichText: ({ nodes }: { nodes: string }) => createElement('div', { dangerouslySetInnerHTML: { __html: nodes } }),
  };
});

const ITEM: PublicityDetail = {
  publicityId: 'pb-demo-open',
  kind: 'development_candidate',
  title: '关于龚文静同志列为发展对象的公示',
  unitName: '东湖社区党支部',
  startsAt: new Date(2026, 10, 21, 10, 0).getTime(),
  endsAt: new Date(2026, 10, 28, 10, 0).getTime(),
  status: 'closed',
  body: '<p>拟将龚文静同志列为发展对象，现予公示。</p>',
  mine: [{ objectionId: 'pb-demo-open_m-044_1', text: '建议进一步了解日常表现', handled: true, createdAt: 0 }],
  inAudience: true,
  objectionsLeft: 0,
};

const OBJECTION: AdminObjection = {
  objectionId: 'pb-demo-open_m-029_1',
  memberName: '付利民',
  memberUnitName: '东湖社区党支部',
  text: '该同志近半年参加志愿服务较少',
  phoneMasked: '139******11',
  handled: false,
  note: null,
  handledAt: null,
  createdAt: new Date(2026, 10, 22, 10, 0).getTime(),
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

test('a closed 公示: its kind, status and period in words, my handled objection, never an id', () => {
  act(() => root.render(<PublicityReader item={ITEM} />));
  const text = container.textContent ?? '';
  expect(text).toContain('已结束');
  expect(text).toContain('发展对象公示');
  expect(text).toContain('公示期已结束，不再受理异议。');
  expect(text).toMatch(/公示期：11月21日 周六 10:00 至 11月28日 周六 10:00/);
  expect(text).toContain('党组织已处理');
  expect(text).not.toMatch(/pb-demo|m-044|\d{4}-\d{2}-\d{2}/);
});

test('an objection for the admins: who raised it, the phone they left (masked), and the handling action', () => {
  let handled = 0;
  act(() => root.render(<ObjectionCard objection={OBJECTION} onHandle={() => (handled += 1)} />));
  const text = container.textContent ?? '';
  expect(text).toContain('待处理');
  expect(text).toContain('付利民');
  expect(text).toContain('留有电话 139******11');
  const button = [...container.querySelectorAll('button, [role="button"], .nut-button')].find((el) =>
    el.textContent?.includes('标记已处理'),
  ) as HTMLElement;
  act(() => button.click());
  expect(handled).toBe(1);
  expect(text).not.toMatch(/pb-demo|m-029/);
});
