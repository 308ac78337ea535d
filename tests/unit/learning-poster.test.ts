import {
  drawPoster,
  posterContent,
  POSTER_HEIGHT,
  POSTER_WIDTH,
  wrapText,
  type PosterPen,
} from '@/features/learning-report/poster';
import type { LearningReport } from '@/features/learning-report/report-type';

/** A pen that records what is drawn; every character measures as wide as its font size. */
function recordingPen() {
  const texts: Array<{ text: string; x: number; y: number; size: number; color: string }> = [];
  const rects: Array<{ x: number; y: number; width: number; height: number }> = [];
  const pen: PosterPen = {
    fillStyle: '',
    font: '',
    textAlign: 'left',
    textBaseline: 'alphabetic',
    fillRect: (x, y, width, height) => void rects.push({ x, y, width, height }),
    fillText(text, x, y) {
      texts.push({ text, x, y, size: fontSize(pen.font), color: String(pen.fillStyle) });
    },
    measureText: (text) => ({ width: [...text].length * fontSize(pen.font) }),
  };
  return { pen, texts, rects };
}
const fontSize = (font: string) => Number(/(\d+)px/.exec(font)?.[1] ?? 0);

const figures = {
  studyMinutes: 95,
  itemsCompleted: 4,
  quizzesHandedIn: 3,
  correctRate: 63,
  activitiesAttended: 2,
  pointsEarned: 18,
};
const report: LearningReport = {
  memberName: '王建国',
  unitName: '西苑社区党支部',
  period: 'month',
  at: '2026-11',
  previousAt: '2026-10',
  current: figures,
  previous: { ...figures, studyMinutes: 40 },
  tags: [],
  strengths: [
    { tag: '党史', answered: 6, correct: 6, rate: 100 },
    { tag: '组织生活', answered: 5, correct: 4, rate: 80 },
  ],
  weakPoints: [{ tag: '党章', rate: 25, inWrongBook: 1 }],
  suggestions: [],
  activities: [],
};

test('the poster shows the name, the period, four key figures, the strengths and the app name', () => {
  const { pen, texts } = recordingPen();
  drawPoster(pen, posterContent(report, '智慧党建'));
  const drawn = texts.map((t) => t.text);
  expect(drawn).toEqual(
    expect.arrayContaining([
      '智慧党建',
      '2026年11月学习报告',
      '王建国',
      '西苑社区党支部',
      '学习时长',
      '1 小时 35 分钟',
      '学完内容',
      '4 篇',
      '答题正确率',
      '63%',
      '参加活动',
      '2 次',
      '我的强项',
      '「党史」答对 100%（6 题）',
      '「组织生活」答对 80%（5 题）',
    ]),
  );
  expect(drawn.some((text) => text.includes('党章'))).toBe(false);
  expect(drawn.at(-1)).toContain('智慧党建');
});

test('everything lies inside the poster, and no line runs past its edge', () => {
  const { pen, texts, rects } = recordingPen();
  drawPoster(
    pen,
    posterContent(
      { ...report, unitName: '某某街道某某社区党委第一党总支第二党支部某某街道某某社区党委第一党总支' },
      '智慧党建',
    ),
  );
  for (const rect of rects) {
    expect(rect.x).toBeGreaterThanOrEqual(0);
    expect(rect.x + rect.width).toBeLessThanOrEqual(POSTER_WIDTH);
    expect(rect.y + rect.height).toBeLessThanOrEqual(POSTER_HEIGHT);
  }
  for (const text of texts) expect(text.y).toBeLessThan(POSTER_HEIGHT);
  const left = texts.filter((t) => t.x < POSTER_WIDTH / 2 && !t.text.startsWith('来自'));
  for (const text of left) expect(text.x + [...text.text].length * text.size).toBeLessThanOrEqual(POSTER_WIDTH);
});

test('a member with no strengths yet and no answers sees an encouragement, not empty figures', () => {
  const { pen, texts } = recordingPen();
  drawPoster(pen, posterContent({ ...report, strengths: [], current: { ...figures, correctRate: null } }, '智慧党建'));
  const drawn = texts.map((t) => t.text);
  expect(drawn).toContain('未答题');
  expect(drawn).toContain('多答题，就能看到自己的强项');
});

test('long text wraps between characters within the width', () => {
  const { pen } = recordingPen();
  pen.font = '20px sans-serif';
  expect(wrapText(pen, '一二三四五六七', 60)).toEqual(['一二三', '四五六', '七']);
  expect(wrapText(pen, '', 60)).toEqual([]);
});
