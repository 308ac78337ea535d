import { createRoot, type Root } from 'react-dom/client';
import { act } from 'react';
import { MemberMinutes } from '../../src/features/activities/member-minutes';
import { MinutesPanel } from '../../src/features/activities/minutes-form';
import type { MinutesRecord } from '../../src/features/activities/minutes-view';

/** The minutes panels: closed with the reason before the meeting, saved minutes shown and editable, read by members. */
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const calls: Array<{ route: string; input: unknown }> = [];
let answers: Record<string, unknown> = {};
jest.mock('../../src/lib/api-client', () => ({
  call: async (route: string, input: unknown) => {
    calls.push({ route, input });
    return answers[route] ?? { ok: false, error: { code: 'NOT_FOUND', message: '这个活动还没有会议记录。' } };
  },
}));

// The form kit is being rebuilt; these tests are about the panels, so its fields stand in as plain inputs.
jest.mock('../../src/components/form', () => ({
  TextField: ({ name, value, onChange }: { name: string; value: string; onChange: (value: string) => void }) => (
    <input name={name} value={value} onChange={(event) => onChange(event.target.value)} />
  ),
}));
// Styles are the build's business.
jest.mock('../../src/features/activities/minutes.scss', () => ({}));
// Buttons keep their disabled state, which the shared stand-ins drop.
jest.mock('@tarojs/components', () => ({
  ...jest.requireActual('../support/taro-components-mock'),
  Button: ({ children, className, onClick, disabled }: Record<string, any>) => (
    <button type="button" className={className} onClick={onClick} disabled={disabled}>
      {children}
    </button>
  ),
  Image: ({ className, src }: { className?: string; src: string }) => <img className={className} src={src} alt="" />,
}));

const HOUR = 3_600_000;
const SAVED: MinutesRecord = {
  topic: '学习全会精神',
  presenter: '张书记',
  recorder: '李委员',
  content: '传达学习全会精神，逐一发言。',
  resolutions: '两名预备党员按期转正',
  photos: [],
  recordedAt: Date.UTC(2026, 10, 22, 10, 0),
  attendance: { expected: 12, expectedBasis: 'members', present: 10, leave: 1, absent: 1 },
};

let container: HTMLElement;
let root: Root;
beforeEach(() => {
  calls.length = 0;
  answers = {};
  container = document.createElement('div');
  document.body.appendChild(container);
  root = createRoot(container);
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

const settle = () => act(async () => new Promise((resolve) => setTimeout(resolve, 0)));
const saveButton = () => container.querySelector('.manage__minutes-save') as HTMLElement & { disabled?: boolean };

test('before the meeting starts, the minutes cannot be filled in, and the panel says why and until when', async () => {
  act(() => root.render(<MinutesPanel activityId="act-1" startAt={Date.now() + HOUR} onSaved={() => {}} />));
  await settle();
  expect(container.textContent).toContain('开始后才能填写会议记录');
  expect(container.querySelector('input[name="minutes-topic"]')).toBeNull();
  expect(saveButton().getAttribute('disabled')).not.toBeNull();
});

test('saved minutes are shown again, and 修改 opens the form with them filled in', async () => {
  answers['admin.minutesGet'] = { ok: true, data: SAVED };
  act(() => root.render(<MinutesPanel activityId="act-1" startAt={Date.now() - HOUR} onSaved={() => {}} />));
  await settle();
  expect(calls.map((c) => c.route)).toEqual(['admin.minutesGet']);
  expect(container.textContent).toContain('学习全会精神');
  expect(container.textContent).toContain('两名预备党员按期转正');
  expect(container.textContent).toContain('应到 12 · 实到 10 · 请假 1 · 缺席 1');
  act(() => (container.querySelector('.manage__minutes-edit') as HTMLElement).click());
  expect((container.querySelector('input[name="minutes-topic"]') as HTMLInputElement).value).toBe('学习全会精神');
  expect((container.querySelector('input[name="minutes-resolutions"]') as HTMLInputElement).value).toBe(
    '两名预备党员按期转正',
  );
});

test('without saved minutes after the start, the empty form is offered', async () => {
  act(() => root.render(<MinutesPanel activityId="act-1" startAt={Date.now() - HOUR} onSaved={() => {}} />));
  await settle();
  expect((container.querySelector('input[name="minutes-topic"]') as HTMLInputElement).value).toBe('');
  expect(saveButton().getAttribute('disabled')).toBeNull();
});

test('saving sends the typed minutes; a refused field keeps what was typed', async () => {
  act(() => root.render(<MinutesPanel activityId="act-1" startAt={Date.now() - HOUR} onSaved={() => {}} />));
  await settle();
  const topic = container.querySelector('input[name="minutes-topic"]') as HTMLInputElement;
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
  act(() => {
    setValue.call(topic, '学习全会精神');
    topic.dispatchEvent(new Event('input', { bubbles: true }));
  });
  answers['admin.minutesSave'] = {
    ok: false,
    error: { code: 'VALIDATION_FAILED', message: '填写的内容有误', fields: { content: '请填写会议内容' } },
  };
  act(() => saveButton().click());
  await settle();
  const saved = calls.find((c) => c.route === 'admin.minutesSave');
  expect(saved?.input).toEqual(
    expect.objectContaining({ activityId: 'act-1', topic: '学习全会精神', content: '', photos: [] }),
  );
  expect(container.textContent).toContain('填写的内容有误');
  expect((container.querySelector('input[name="minutes-topic"]') as HTMLInputElement).value).toBe('学习全会精神');
});

test('a member opens the minutes of a meeting they attended', async () => {
  answers['activity.minutes'] = { ok: true, data: SAVED };
  act(() => root.render(<MemberMinutes activityId="act-1" />));
  act(() => (container.querySelector('.detail__minutes') as HTMLElement).click());
  await settle();
  expect(calls).toEqual([{ route: 'activity.minutes', input: { activityId: 'act-1' } }]);
  expect(container.textContent).toContain('传达学习全会精神，逐一发言。');
});
