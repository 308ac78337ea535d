import { createRoot, type Root } from 'react-dom/client';
import { act } from 'react';
import { HonourList } from '../../src/features/assess/honour-list';
import { ScoreBreakdown, ScoreRing } from '../../src/features/assess/score-breakdown';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

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

test('the score: total, grade and share; each indicator with its points of the cap and the figure behind it', () => {
  act(() =>
    root.render(
      <>
        <ScoreRing total={63} maxTotal={100} percent={63} grade="pass" caption="2026年度 · 实时计算" />
        <ScoreBreakdown
          indicators={[
            { key: 'study_minutes', label: '学习时长', source: 'study_minutes', raw: 415, points: 30, cap: 30 },
            { key: 'discipline', label: '违纪扣分', source: 'manual', raw: -3, points: -3, cap: 5 },
          ]}
        />
      </>,
    ),
  );
  const text = container.textContent ?? '';
  expect(text).toContain('合格');
  expect(text).toContain('满分 100 分 · 得分率 63%');
  expect(text).toContain('+30 / 30 分');
  expect(text).toContain('记录 415 分钟');
  expect(text).toContain('-3 / 5 分');
  expect(text).toContain('经审核的加扣分合计 -3 分');
  expect(text).not.toMatch(/study_minutes|manual|discipline/);
});

test('honours: title, level and kind, the date in words and the document number', () => {
  act(() =>
    root.render(
      <HonourList
        empty="还没有表彰记录。"
        items={[
          {
            honourId: 'hn-1',
            kind: 'commendation',
            title: '优秀共产党员',
            level: 'street',
            awardedAt: new Date(2026, 5, 26).getTime(),
            documentNo: '城南党〔2026〕12号',
          },
        ]}
      />,
    ),
  );
  const text = container.textContent ?? '';
  expect(text).toContain('优秀共产党员');
  expect(text).toContain('街道级表彰');
  expect(text).toContain('2026年6月26日 · 城南党〔2026〕12号');
  expect(text).not.toContain('hn-1');
});
