import { createRoot, type Root } from 'react-dom/client';
import { act } from 'react';
import { MemberFacts, MemberHead } from '../../src/features/admin/member-profile';
import { MemberHistory } from '../../src/features/admin/member-history';
import { ImportRows, ImportSummary } from '../../src/features/admin/import-report';
import type { Dossier } from '../../types/schemas/dossier';
import type { RosterImportReport } from '../../types/schemas/roster';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const DOSSIER: Dossier = {
  memberId: 'm-010',
  name: '王建国',
  gender: 'male',
  ethnicity: '汉族',
  birthYear: 1980,
  education: '本科',
  idCardMasked: '3301**********0011',
  phoneMasked: '138******01',
  unitId: 'u-b-east',
  unitName: '东湖社区党支部',
  position: null,
  role: 'branch_admin',
  adminUnitId: 'u-b-east',
  stage: 'full',
  stageHistory: [
    { stage: 'probationary', at: new Date(2025, 9, 9).getTime() },
    { stage: 'full', at: new Date(2026, 9, 9).getTime() },
  ],
  joinedAt: new Date(2025, 9, 9).getTime(),
  status: 'normal',
  trainings: [{ title: '新党员培训班', at: new Date(2026, 2, 3).getTime(), hours: 8 }],
  bound: false,
  updatedAt: 0,
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

test('the member record writes every date in words and never an ID', () => {
  const onReveal = jest.fn();
  act(() =>
    root.render(
      <>
        <MemberHead dossier={DOSSIER} />
        <MemberFacts dossier={DOSSIER} revealed={{}} onReveal={onReveal} />
        <MemberHistory dossier={DOSSIER} onAddTraining={() => undefined} />
      </>,
    ),
  );
  const text = container.textContent ?? '';
  expect(text).toContain('2025年10月9日');
  expect(text).toContain('2026年10月9日');
  expect(text).toContain('2026年3月3日 · 8 学时');
  expect(text).toContain('支部管理员');
  expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  expect(text).not.toContain('m-010');
  expect(text).not.toContain('u-b-east');

  const phone = container.querySelector('[data-testid="member-phone"]')!;
  expect(phone.textContent).toContain('138******01');
  act(() => (phone.querySelector('[data-testid="member-reveal"]') as HTMLElement).click());
  expect(onReveal).toHaveBeenCalledWith('phone');
});

test('a revealed value replaces the mask and its 查看', () => {
  act(() =>
    root.render(<MemberFacts dossier={DOSSIER} revealed={{ phone: '13800000001' }} onReveal={() => undefined} />),
  );
  const phone = container.querySelector('[data-testid="member-phone"]')!;
  expect(phone.textContent).toBe('13800000001');
});

test('the import report counts and lists every error of every row', () => {
  const report: RosterImportReport = {
    mode: 'dry_run',
    written: false,
    counts: { create: 1, update: 0, unchanged: 0, error: 1 },
    rows: [
      { row: 2, name: '张三', outcome: 'create', errors: [] },
      { row: 3, name: '李四', outcome: 'error', errors: ['身份证号校验位错误', '请填写阶段日期'] },
    ],
  } as RosterImportReport;
  act(() =>
    root.render(
      <>
        <ImportSummary report={report} />
        <ImportRows rows={report.rows} />
      </>,
    ),
  );
  expect(container.querySelector('[data-testid="import-result"]')!.textContent).toContain('检查完成（尚未写入）');
  const rows = container.querySelectorAll('[data-testid="import-row"]');
  expect(rows).toHaveLength(2);
  expect(rows[1]!.textContent).toContain('身份证号校验位错误');
  expect(rows[1]!.textContent).toContain('请填写阶段日期');
});
