import { createRoot, type Root } from 'react-dom/client';
import { act } from 'react';
import Taro from '@tarojs/taro';
import { PageShell } from '../../src/components/page-shell';
import { ElderModeSwitch } from '../../src/features/elder-mode/elder-mode-switch';
import { MemberCardView } from '../../src/features/member/member-card-view';
import type { MemberCard } from '../../types/schemas/members';

/** Taro components of the app rendered on their own (Taro's components mapped to DOM elements). */
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const CARD: MemberCard = {
  memberId: 'm-010',
  name: '王建国',
  unitId: 'u-b-east',
  unitName: '东湖社区党支部',
  unitPath: ['城南街道党委', '社区党总支'],
  role: 'member',
  position: null,
  stage: 'probationary',
  stageSince: Date.UTC(2026, 2, 1),
  joinedAt: Date.UTC(2026, 2, 1),
};

let container: HTMLElement;
let root: Root;

beforeEach(() => {
  Taro.clearStorageSync();
  container = document.createElement('div');
  document.body.appendChild(container);
  root = createRoot(container);
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

test('MemberCardView shows the member’s name, stage, unit and 党龄 in words', () => {
  act(() => root.render(<MemberCardView card={CARD} now={Date.UTC(2027, 5, 1)} />));
  const card = container.querySelector('[data-testid="member-card"]')!;
  expect(card.textContent).toContain('王建国');
  expect(card.textContent).toContain('预备党员');
  expect(card.textContent).toContain('社区党总支 · 东湖社区党支部');
  expect(card.textContent).toContain('党龄 1 年');
  // A member's role is not worth a tag; an admin's is.
  expect(card.textContent).not.toContain('党员 ·');
  expect(card.textContent).not.toContain('支部管理员');
  act(() =>
    root.render(
      <MemberCardView card={{ ...CARD, role: 'branch_admin', position: '书记' }} now={Date.UTC(2026, 5, 1)} />,
    ),
  );
  expect(card.textContent).toContain('支部管理员');
  expect(card.textContent).toContain('书记 · 党龄不满 1 年');
});

test('ElderModeSwitch turns on 长辈模式 for the page and stores the choice', () => {
  act(() =>
    root.render(
      <PageShell>
        <ElderModeSwitch />
      </PageShell>,
    ),
  );
  // 长辈模式 is a theme: the page's CSS variables change, not its classes.
  const theme = () => (container.querySelector('.page-theme') as HTMLElement).style;
  expect(theme().getPropertyValue('--nutui-font-size-base')).toBe('16px');
  expect(container.querySelector('.page')?.className).toBe('page');
  act(() => (container.querySelector('[role="switch"]') as HTMLElement).click());
  expect(theme().getPropertyValue('--nutui-font-size-base')).toBe('20px');
  expect(theme().getPropertyValue('--app-font-size-body')).toBe('20px');
  expect(theme().getPropertyValue('--nutui-button-default-height')).toBe('48px');
  expect(theme().getPropertyValue('--app-color-text-3')).toBe('#3D3D3D');
  expect(container.querySelector('.page')?.className).toBe('page');
  expect(Taro.getStorageSync('elder-mode')).toBe(true);
});
