import { createRoot, type Root } from 'react-dom/client';
import { act } from 'react';
import { CheckinCodeForm } from '../../src/features/activities/checkin-code-form';

/** Typing the 6-digit check-in code on an activity: what is sent, what is handed back, and nothing when location was refused. */
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const calls: Array<{ route: string; input: unknown }> = [];
jest.mock('../../src/lib/api-client', () => ({
  call: async (route: string, input: unknown) => {
    calls.push({ route, input });
    return {
      ok: true,
      data: { activityId: 'act-1', title: '社区志愿服务', checkedInAt: Date.UTC(2026, 10, 22, 9, 5) },
    };
  },
}));
let location: unknown = { kind: 'unavailable' };
jest.mock('../../src/lib/platform/wechat-extras', () => ({ currentLocation: async () => location }));
// The form kit is being rebuilt; this test is about the check-in form, so its field stands in as a plain input.
jest.mock('../../src/components/form', () => ({
  TextField: ({ name, value, onChange }: { name: string; value: string; onChange: (value: string) => void }) => (
    <input name={name} value={value} onChange={(event) => onChange(event.target.value)} />
  ),
}));

let container: HTMLElement;
let root: Root;
beforeEach(() => {
  calls.length = 0;
  container = document.createElement('div');
  document.body.appendChild(container);
  root = createRoot(container);
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

const type = (value: string) => {
  const input = container.querySelector('input[name="checkin-digits"]') as HTMLInputElement;
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
  act(() => {
    setValue?.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
};
const submit = () =>
  act(async () => {
    // The form's one button: 签到.
    (container.querySelector('button') as HTMLElement).click();
    await new Promise((resolve) => setTimeout(resolve, 0));
  });

test('sends the activity with the digits (and a position only when there is one), then says it is done', async () => {
  const done = jest.fn();
  act(() => root.render(<CheckinCodeForm activityId="act-1" onDone={done} />));
  type('482 913');
  location = { kind: 'located', latitude: 30.5, longitude: 114.3 };
  await submit();
  // A success clears the field; the next code is typed afresh.
  expect((container.querySelector('input[name="checkin-digits"]') as HTMLInputElement).value).toBe('');
  type('482913');
  location = { kind: 'unavailable' };
  await submit();
  expect(calls).toEqual([
    { route: 'activity.checkIn', input: { activityId: 'act-1', code: '482913', latitude: 30.5, longitude: 114.3 } },
    { route: 'activity.checkIn', input: { activityId: 'act-1', code: '482913' } },
  ]);
  expect(done).toHaveBeenCalledWith({
    activityId: 'act-1',
    title: '社区志愿服务',
    checkedInAt: Date.UTC(2026, 10, 22, 9, 5),
  });
});

test('sends nothing when the member declined the privacy guide for location', async () => {
  act(() => root.render(<CheckinCodeForm activityId="act-1" onDone={() => {}} />));
  type('482913');
  location = { kind: 'refused' };
  await submit();
  expect(calls).toEqual([]);
});
