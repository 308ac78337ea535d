import { createRoot, type Root } from 'react-dom/client';
import { act } from 'react';
import type { Role } from '../../types/labels';
import { useStepDown } from '../../src/features/admin/step-down';

/** 卸任超级管理员: offered only to a super admin while another remains; the role picked and identity confirmed. */
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const calls: Array<{ route: string; input: unknown }> = [];
let superAdmins = [{ memberId: 'm-001', name: '王书记', isSelf: true }];
jest.mock('../../src/lib/api-client', () => ({
  call: async (route: string, input: unknown) => {
    calls.push({ route, input });
    if (route === 'admin.superAdmins') return { ok: true, data: { items: superAdmins } };
    return { ok: true, data: {} };
  },
}));
const restarted: string[] = [];
jest.mock('../../src/lib/pages', () => ({ restartAt: (page: string) => void restarted.push(page) }));
// The sheet's kit parts listen to page events jsdom has none of: a plain container in their place.
jest.mock('@nutui/nutui-react-taro', () => {
  const React = jest.requireActual('react');
  return {
    ...jest.requireActual('@nutui/nutui-react-taro'),
    Popup: ({ visible, children }: { visible: boolean; children: unknown }) =>
      visible ? React.createElement('section', null, children) : null,
  };
});
// The phone's fingerprint check is the platform's: here the admin confirms with a reason.
jest.mock('../../src/components/confirm-identity', () => {
  const React = jest.requireActual('react');
  return {
    ConfirmIdentity: ({ actionLabel, onConfirmed }: { actionLabel: string; onConfirmed: (c: unknown) => void }) =>
      React.createElement(
        'button',
        { onClick: () => onConfirmed({ method: 'fallback', reason: '电脑端操作' }) },
        actionLabel,
      ),
  };
});

function Console({ role }: { role: Role }) {
  const stepDown = useStepDown(role);
  return (
    <div>
      {stepDown.open ? <button onClick={stepDown.open}>卸任超级管理员</button> : <p>没有卸任入口</p>}
      {stepDown.sheet}
    </div>
  );
}

let container: HTMLElement;
let root: Root;
beforeEach(() => {
  calls.length = 0;
  restarted.length = 0;
  container = document.createElement('div');
  document.body.appendChild(container);
  root = createRoot(container);
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

const button = (text: string) =>
  Array.from(container.querySelectorAll('button')).find((b) => b.textContent === text) as HTMLButtonElement;

test('no entry for the only super admin, and no question asked for any other role', async () => {
  await act(async () => root.render(<Console role="super_admin" />));
  expect(container.textContent).toContain('没有卸任入口');
  await act(async () => root.render(<Console role="org_admin" />));
  expect(calls.map((c) => c.route)).toEqual(['admin.superAdmins']);
});

test('with another super admin: the sheet says who remains, the role picked is sent with the confirmation', async () => {
  superAdmins = [...superAdmins, { memberId: 'm-009', name: '李委员', isSelf: false }];
  await act(async () => root.render(<Console role="super_admin" />));
  await act(async () => button('卸任超级管理员').click());
  expect(container.textContent).toContain('其他超级管理员（李委员）');
  const member = Array.from(container.querySelectorAll('[role="checkbox"]')).find((row) =>
    row.textContent?.startsWith('党员'),
  ) as HTMLElement;
  await act(async () => member.click());
  await act(async () => button('确认卸任').click());
  expect(calls.at(-1)).toEqual({
    route: 'admin.stepDown',
    input: { role: 'member', confirmation: { method: 'fallback', reason: '电脑端操作' } },
  });
  expect(restarted).toEqual(['me']);
});
