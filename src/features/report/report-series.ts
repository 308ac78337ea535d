import type { MonthlyReport, ReportFigures } from '@contract/schemas/report';
import { POINT_RULE_LABELS, POINT_RULES, STAGE_LABELS, STAGES } from '@contract/labels';
import type { Datum } from '@/features/charts/specs';

/** Attempts by score band, labelled by the band's floor (60 = 60–69). */
export const scoreBars = (figures: ReportFigures): Datum[] =>
  figures.quizzes.scoreBands.map((band) => ({ label: String(band.from), value: band.attempts }));

/** Points awarded by rule, the rules that gave nothing left out. */
export const pointsBars = (figures: ReportFigures): Datum[] =>
  POINT_RULES.map((rule) => ({ label: POINT_RULE_LABELS[rule], value: figures.points.byRule[rule] ?? 0 })).filter(
    (datum) => datum.value > 0,
  );

/** Active members at each stage of the development pipeline, from 入党申请人 to 正式党员. */
export const stageBars = (figures: ReportFigures): Datum[] =>
  STAGES.map((stage) => ({ label: STAGE_LABELS[stage], value: figures.pipeline.byStage[stage] ?? 0 }));

/** Study minutes per branch, for the committee's comparison. */
export const branchStudyBars = (report: MonthlyReport): Datum[] =>
  report.branches.map((branch) => ({ label: branch.name, value: branch.figures.study.minutes }));
