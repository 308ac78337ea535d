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

const rowValue = (label: string) =>
  [...container.querySelectorAll('.member-card__row')]
    .find((row) => row.querySelector('.member-card__label')?.textContent === label)
    ?.querySelector('.member-card__value')?.textContent;

test('MemberCardView shows the member’s unit, role and stage in words', () => {
  act(() => root.render(<MemberCardView card={CARD} />));
  expect(container.querySelector('.member-card__name')?.textContent).toBe('王建国');
  expect(container.querySelector('.member-card__badge')?.textContent).toBe('预备党员');
  expect(rowValue('所在支部')).toBe('东湖社区党支部');
  expect(rowValue('上级组织')).toBe('城南街道党委 / 社区党总支');
  expect(rowValue('身份')).toBe('党员');
  expect(rowValue('党内职务')).toBe('—');
  expect(rowValue('入党时间')).toBe('2026年3月1日');
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
