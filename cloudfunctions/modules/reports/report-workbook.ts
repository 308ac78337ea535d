import type { MonthlyReport, ReportFigures } from '../../../types/schemas/report';
import { DEVELOPMENT_STEPS } from '../../../types/development-steps';
import { ACTIVITY_TYPE_LABELS, STAGE_LABELS, STAGES, THREE_MEETINGS } from '../../../types/labels';
import { newWorkbook } from '../shared/heavy-libraries';

type Cell = string | number;

const rate = (value: number | null) => (value === null ? '—' : `${value}%`);

/** The rows every sheet shows, in the order of the page: study, quizzes, activities, 三会一课, points, pipeline. */
export const FIGURE_ROWS: Array<[label: string, value: (f: ReportFigures) => Cell]> = [
  ['学习时长（分钟）', (f) => f.study.minutes],
  ['学习人数（人）', (f) => f.study.members],
  ['人均学习（分钟）', (f) => f.study.minutesPerMember ?? '—'],
  ['完成学习内容（项）', (f) => f.study.itemsCompleted],
  ['交卷（人次）', (f) => f.quizzes.attemptsHandedIn],
  ['设及格线的交卷（人次）', (f) => f.quizzes.attemptsGraded],
  ['及格（人次）', (f) => f.quizzes.attemptsPassed],
  ['及格率', (f) => (f.quizzes.passRate === null ? '—（暂无设及格线的考试）' : rate(f.quizzes.passRate))],
  ['平均得分', (f) => f.quizzes.averageScore ?? '—'],
  ['活动报名（人次）', (f) => f.activities.signups],
  ['请假（人次）', (f) => f.activities.leave],
  ['签到（人次）', (f) => f.activities.checkins],
  ['参加活动人数（人）', (f) => f.activities.members],
  ['出勤率', (f) => rate(f.activities.attendanceRate)],
  ...THREE_MEETINGS.map((type): [string, (f: ReportFigures) => Cell] => [
    `${ACTIVITY_TYPE_LABELS[type]}（次）`,
    (f) => f.meetings.held[type] ?? 0,
  ]),
  ['三会一课缺项', (f) => f.meetings.missing.map((type) => ACTIVITY_TYPE_LABELS[type]).join('、') || '无'],
  ['发放积分（分）', (f) => f.points.awarded],
  ...DEVELOPMENT_STEPS.map(({ stage, label }): [string, (f: ReportFigures) => Cell] => [
    `本月${label}（人）`,
    (f) => f.pipeline.reachedThisMonth[stage] ?? 0,
  ]),
  ['在册党员（人）', (f) => f.pipeline.members],
  ...STAGES.map((stage): [string, (f: ReportFigures) => Cell] => [
    `${STAGE_LABELS[stage]}（人）`,
    (f) => f.pipeline.byStage[stage] ?? 0,
  ]),
];

/** Excel refuses these characters and names longer than 31 in a sheet name; names must also differ. */
function sheetName(name: string, taken: Set<string>): string {
  const base = name.replace(/[\\/?*[\]:]/g, '_').slice(0, 28) || '支部';
  let candidate = base;
  for (let n = 2; taken.has(candidate); n += 1) candidate = `${base}(${n})`;
  taken.add(candidate);
  return candidate;
}

/**
 * The report as an XLSX: 汇总 with the unit and its branches side by side (one column each), then one sheet
 * per branch (a branch's own report: one sheet for itself) with its figures and the changes against last month.
 */
export async function writeReportXlsx(report: MonthlyReport): Promise<Buffer> {
  const workbook = await newWorkbook();
  const taken = new Set(['汇总']);
  const summary = workbook.addWorksheet('汇总');
  const columns = [report, ...report.branches];
  summary.addRow([`${report.name} ${monthText(report.month)}党建工作月报`]);
  summary.addRow([
    '指标',
    ...columns.map((unit, index) => (index === 0 && report.branches.length ? `${unit.name}（合计）` : unit.name)),
  ]);
  for (const [label, value] of FIGURE_ROWS) summary.addRow([label, ...columns.map((unit) => value(unit.figures))]);
  if (report.plans.length) {
    summary.addRow([]);
    summary.addRow(['本月到期的学习计划', '应学（人）', '完成（人）', '完成率']);
    for (const plan of report.plans)
      summary.addRow([plan.title, plan.members, plan.completedMembers, rate(plan.completionRate)]);
  }
  summary.getRow(1).font = { bold: true, size: 14 };
  summary.getRow(2).font = { bold: true };
  summary.getColumn(1).width = 22;
  columns.forEach((_, index) => (summary.getColumn(index + 2).width = 18));

  for (const unit of report.branches.length ? report.branches : [report]) {
    const sheet = workbook.addWorksheet(sheetName(unit.name, taken));
    sheet.addRow([`${unit.name} ${monthText(report.month)}`]);
    sheet.addRow(['指标', '本月']);
    for (const [label, value] of FIGURE_ROWS) sheet.addRow([label, value(unit.figures)]);
    sheet.addRow([]);
    sheet.addRow(['与上月相比']);
    for (const change of unit.changes) sheet.addRow([change.text]);
    sheet.getRow(1).font = { bold: true, size: 14 };
    sheet.getRow(2).font = { bold: true };
    sheet.getColumn(1).width = 24;
    sheet.getColumn(2).width = 18;
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export const monthText = (month: string) => `${month.slice(0, 4)}年${Number(month.slice(5, 7))}月`;
