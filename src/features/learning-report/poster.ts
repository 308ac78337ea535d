import type { LearningReport } from './report-type';
import { countText, minutesText } from '@/lib/format';
import { colors } from '@/theme/tokens';
import { periodText } from './period';

/** What the poster needs of a 2D context: a browser canvas's and WeChat's `type="2d"` canvas's contexts both fit. */
export interface PosterPen {
  fillStyle: string | CanvasGradient | CanvasPattern;
  font: string;
  textAlign: CanvasTextAlign;
  textBaseline: CanvasTextBaseline;
  fillRect(x: number, y: number, width: number, height: number): void;
  fillText(text: string, x: number, y: number): void;
  measureText(text: string): { width: number };
}

/** The poster in CSS px; the canvas holds it at twice that for sharp text. */
export const POSTER_WIDTH = 600;
export const POSTER_HEIGHT = 900;
const SIDE = 40;
const FONT = '"PingFang SC", "Microsoft YaHei", sans-serif';

export interface PosterContent {
  appName: string;
  memberName: string;
  unitName: string;
  period: string;
  figures: Array<{ label: string; value: string }>;
  strengths: string[];
}

/** The report as the poster tells it: who, when, four key figures and the strengths. */
export function posterContent(report: LearningReport, appName: string): PosterContent {
  const { current } = report;
  return {
    appName,
    memberName: report.memberName,
    unitName: report.unitName,
    period: `${periodText(report.at)}学习报告`,
    figures: [
      { label: '学习时长', value: minutesText(current.studyMinutes) },
      { label: '学完内容', value: `${countText(current.itemsCompleted)} 篇` },
      { label: '答题正确率', value: current.correctRate === null ? '未答题' : `${current.correctRate}%` },
      { label: '参加活动', value: `${countText(current.activitiesAttended)} 次` },
    ],
    strengths: report.strengths.length
      ? report.strengths.map((tag) => `「${tag.tag}」答对 ${tag.rate}%（${tag.answered} 题）`)
      : ['多答题，就能看到自己的强项'],
  };
}

/** `text` cut into lines no wider than `width` (Chinese breaks between any two characters). */
export function wrapText(pen: PosterPen, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const char of text) {
    if (line && pen.measureText(line + char).width > width) {
      lines.push(line);
      line = '';
    }
    line += char;
  }
  return line ? [...lines, line] : lines;
}

/** `text`, cut with … where it would run past `width`. */
export function fitText(pen: PosterPen, text: string, width: number): string {
  if (pen.measureText(text).width <= width) return text;
  let fitted = '';
  for (const char of text) {
    if (pen.measureText(`${fitted}${char}…`).width > width) break;
    fitted += char;
  }
  return `${fitted}…`;
}

function write(
  pen: PosterPen,
  text: string,
  x: number,
  y: number,
  style: { size: number; color: string; bold?: boolean; width?: number },
) {
  pen.font = `${style.bold ? 'bold ' : ''}${style.size}px ${FONT}`;
  pen.fillStyle = style.color;
  pen.fillText(fitText(pen, text, style.width ?? POSTER_WIDTH - SIDE - x), x, y);
}

/** Draws the poster onto `pen`, at POSTER_WIDTH × POSTER_HEIGHT. */
export function drawPoster(pen: PosterPen, content: PosterContent): void {
  pen.textBaseline = 'top';
  pen.textAlign = 'left';
  pen.fillStyle = colors.background;
  pen.fillRect(0, 0, POSTER_WIDTH, POSTER_HEIGHT);
  // The red header: the period's report, the member and their branch.
  pen.fillStyle = colors.primary;
  pen.fillRect(0, 0, POSTER_WIDTH, 260);
  write(pen, content.appName, SIDE, 40, { size: 24, color: colors.goldTint });
  write(pen, content.period, SIDE, 84, { size: 42, color: colors.card, bold: true });
  write(pen, content.memberName, SIDE, 160, { size: 30, color: colors.card, bold: true });
  write(pen, content.unitName, SIDE, 206, { size: 22, color: colors.goldTint });
  // Four figures in two rows of white cards.
  const cardWidth = (POSTER_WIDTH - SIDE * 2 - 20) / 2;
  content.figures.slice(0, 4).forEach((figure, index) => {
    const x = SIDE + (index % 2) * (cardWidth + 20);
    const y = 290 + Math.floor(index / 2) * 150;
    pen.fillStyle = colors.card;
    pen.fillRect(x, y, cardWidth, 130);
    write(pen, figure.label, x + 24, y + 24, { size: 22, color: colors.text2 });
    write(pen, figure.value, x + 24, y + 66, { size: 34, color: colors.primary, bold: true });
  });
  // The strengths, one per line, wrapped inside the card.
  const top = 600;
  pen.fillStyle = colors.card;
  pen.fillRect(SIDE, top, POSTER_WIDTH - SIDE * 2, 200);
  pen.fillStyle = colors.primary;
  pen.fillRect(SIDE + 24, top + 28, 6, 26);
  write(pen, '我的强项', SIDE + 42, top + 26, { size: 26, color: colors.text1, bold: true });
  pen.font = `22px ${FONT}`;
  const lines = content.strengths.flatMap((text) => wrapText(pen, text, POSTER_WIDTH - SIDE * 2 - 48)).slice(0, 4);
  lines.forEach((line, index) => write(pen, line, SIDE + 24, top + 76 + index * 30, { size: 22, color: colors.text1 }));
  pen.textAlign = 'center';
  write(pen, `来自「${content.appName}」小程序`, POSTER_WIDTH / 2, POSTER_HEIGHT - 60, {
    size: 20,
    color: colors.text3,
    width: POSTER_WIDTH - SIDE * 2,
  });
}
