import { createRoot, type Root } from 'react-dom/client';
import { act } from 'react';
import Taro from '@tarojs/taro';
import { useRouteForm } from '../../src/lib/use-route-form';
import { pickedToEpoch } from '../../src/components/date-time-field';

/** The one form layer: server field errors on the fields, one call at a time, the toast, and what "dirty" means. */
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const calls: Array<{ route: string; input: unknown }> = [];
let answer: unknown = { ok: true, data: { planId: 'plan-1' } };
let release: () => void = () => undefined;
jest.mock('../../src/lib/api-client', () => ({
  call: (route: string, input: unknown) => {
    calls.push({ route, input });
    return new Promise((resolve) => {
      release = () => resolve(answer);
    });
  },
}));

type PlanValues = { title: string; dueAt: number | null };
type Form = ReturnType<typeof useRouteForm<'admin.planCreate', PlanValues>>;
let form: Form;
const done = jest.fn();
function PlanForm() {
  form = useRouteForm<'admin.planCreate', PlanValues>('admin.planCreate', {
    initial: { title: '', dueAt: null },
    toInput: (values) => ({ unitId: 'u-1', title: values.title, dueAt: values.dueAt ?? 0, items: [] }) as never,
    validate: (values): Record<string, string> => (values.dueAt === null ? { dueAt: '请选择截止时间' } : {}),
    successToast: '已发布',
    onDone: done,
  });
  return <p>{form.field('title').error ?? ''}</p>;
}

let container: HTMLElement;
let root: Root;
beforeEach(() => {
  calls.length = 0;
  done.mockReset();
  (Taro as unknown as { toasts: string[] }).toasts.length = 0;
  container = document.createElement('div');
  document.body.appendChild(container);
  root = createRoot(container);
  act(() => root.render(<PlanForm />));
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

test('a local check stops the call and shows its message on the field', async () => {
  act(() => form.set('title', '十二月集中学习'));
  await act(async () => void (await form.submit()));
  expect(calls).toEqual([]);
  expect(form.errors).toEqual({ dueAt: '请选择截止时间' });
});

test('the server’s field errors land on the fields, and nothing counts as saved', async () => {
  answer = {
    ok: false,
    error: { code: 'VALIDATION_FAILED', message: '填写有误', fields: { title: '标题至少 2 个字' } },
  };
  act(() => form.set('dueAt', Date.UTC(2026, 11, 31)));
  let submitting: Promise<unknown> = Promise.resolve();
  act(() => void (submitting = form.submit()));
  await act(async () => {
    release();
    await submitting;
  });
  expect(container.textContent).toBe('标题至少 2 个字');
  expect(form.formError?.code).toBe('VALIDATION_FAILED');
  // The message for the whole form stays away: every word of it is on a field.
  expect(form.formMessage).toBeNull();
  expect(form.dirty).toBe(true);
  expect(done).not.toHaveBeenCalled();
  // Typing in the field clears its message.
  act(() => form.set('title', '十二月集中学习'));
  expect(container.textContent).toBe('');
});

test('a second tap while the call runs sends nothing; success toasts, calls back and leaves the form clean', async () => {
  answer = { ok: true, data: { planId: 'plan-1' } };
  act(() => {
    form.set('title', '十二月集中学习');
    form.set('dueAt', Date.UTC(2026, 11, 31));
  });
  let first: Promise<unknown> = Promise.resolve();
  let second: unknown = 'not yet';
  // Two taps in the same frame: the second sees the same render as the first.
  act(() => {
    const submit = form.submit;
    first = submit();
    void submit().then((result) => (second = result));
  });
  expect(form.busy).toBe(true);
  await act(async () => undefined);
  expect(second).toBeNull();
  expect(calls).toHaveLength(1);
  await act(async () => {
    release();
    await first;
  });
  expect(calls[0]).toEqual({
    route: 'admin.planCreate',
    input: { unitId: 'u-1', title: '十二月集中学习', dueAt: Date.UTC(2026, 11, 31), items: [] },
  });
  expect((Taro as unknown as { toasts: string[] }).toasts).toEqual(['已发布']);
  expect(done).toHaveBeenCalledWith({ planId: 'plan-1' }, expect.objectContaining({ title: '十二月集中学习' }));
  expect(form.dirty).toBe(false);
  expect(form.busy).toBe(false);
});

test('the picker’s wheels become epoch ms in local time', () => {
  expect(pickedToEpoch(['2026', '12', '08', '14', '30'])).toBe(new Date(2026, 11, 8, 14, 30).getTime());
  expect(pickedToEpoch(['2026', '02', '01'])).toBe(new Date(2026, 1, 1).getTime());
});
