import { newWorkbook } from '../shared/heavy-libraries';
import { ATTEMPT_MODE_LABELS } from '../../../types/labels';
import type { CallContext } from '../../kernel/context';
import { findAll, membersRepository } from '../members/members.repository';
import { chinaDateTime, chinaDay } from '../shared/china-time';
import { loadQuiz, questionsById } from './attempts.service';
import { flagHolds } from './hand-in-rules';
import { quizRepository } from './quiz.repository';
import type { AttemptDoc } from './quiz.types';

/**
 * An exam's analysis for its admins: the score distribution, pass rate per unit (the units right under the
 * organiser), per question the facility (share right) and discrimination (upper 27 % minus lower 27 %), the
 * most-missed knowledge points, and attempts flagged as too fast.
 */
const GROUP_SHARE = 0.27;

export async function quizAnalysis(ctx: CallContext, quizId: string) {
  const quiz = await loadQuiz(ctx, quizId);
  const attempts = await findAll((skip) =>
    quizRepository(ctx.store).attempts.find({ quizId, status: 'submitted' }, { sort: [['_id', 1]], skip, limit: 100 }),
  );
  const counted = attempts.filter((a) => !flagHolds(a));
  const distribution = Array.from({ length: 10 }, () => 0);
  for (const a of counted) distribution[Math.min(9, Math.floor((a.percent ?? 0) / 10))]! += 1;
  // Per member: their best attempt decides whether they passed.
  const bestByMember = new Map<string, AttemptDoc>();
  for (const a of counted) {
    const best = bestByMember.get(a.memberId);
    if (!best || (a.percent ?? 0) > (best.percent ?? 0)) bestByMember.set(a.memberId, a);
  }
  const groupOf = (a: AttemptDoc) => a.unitPath[a.unitPath.indexOf(quiz.unitId) + 1] ?? quiz.unitId;
  const groups = new Map<string, { participants: number; passed: number }>();
  for (const a of bestByMember.values()) {
    const group = groups.get(groupOf(a)) ?? { participants: 0, passed: 0 };
    group.participants += 1;
    if (a.passed) group.passed += 1;
    groups.set(groupOf(a), group);
  }
  const names = await membersRepository(ctx.store).unitNames([...groups.keys()]);
  const questionIds = [...new Set(counted.flatMap((a) => a.questionIds))];
  const questions = await questionsById(ctx, questionIds);
  const ranked = [...counted].sort((a, b) => (b.percent ?? 0) - (a.percent ?? 0));
  const groupSize = Math.max(1, Math.round(ranked.length * GROUP_SHARE));
  const upper = ranked.slice(0, groupSize);
  const lower = ranked.slice(-groupSize);
  const facilityIn = (group: AttemptDoc[], id: string) => {
    const answered = group.filter((a) => a.results?.[id]);
    return answered.length ? answered.filter((a) => a.results?.[id]?.correct).length / answered.length : 0;
  };
  const misses = new Map<string, number>();
  const perQuestion = questionIds.map((id) => {
    const answered = counted.filter((a) => a.results?.[id]);
    const wrong = answered.filter((a) => !a.results?.[id]?.correct).length;
    for (const tag of questions.get(id)?.tags ?? []) misses.set(tag, (misses.get(tag) ?? 0) + wrong);
    return {
      questionId: id,
      stem: questions.get(id)?.stem ?? '（已删除）',
      answered: answered.length,
      facility: round2(answered.length ? (answered.length - wrong) / answered.length : 0),
      discrimination: round2(facilityIn(upper, id) - facilityIn(lower, id)),
    };
  });
  const participants = bestByMember.size;
  return {
    title: quiz.title,
    attempts: attempts.length,
    participants,
    averagePercent: counted.length ? Math.round(counted.reduce((s, a) => s + (a.percent ?? 0), 0) / counted.length) : 0,
    passPercent: participants
      ? Math.round(([...bestByMember.values()].filter((a) => a.passed).length / participants) * 100)
      : 0,
    distribution,
    units: [...groups.entries()]
      .map(([unitId, g]) => ({
        unitId,
        unitName: names.get(unitId) ?? '',
        participants: g.participants,
        passed: g.passed,
        passRate: Math.round((g.passed / g.participants) * 100),
      }))
      .sort((a, b) => a.passRate - b.passRate),
    questions: perQuestion.sort((a, b) => a.facility - b.facility),
    missedTags: [...misses.entries()]
      .filter(([, n]) => n > 0)
      .map(([tag, n]) => ({ tag, misses: n }))
      .sort((a, b) => b.misses - a.misses)
      .slice(0, 10),
    flagged: attempts
      .filter((a) => a.flagged)
      .map((a) => ({
        attemptId: a._id,
        name: a.memberName,
        percent: a.percent ?? 0,
        seconds: a.seconds ?? 0,
        status: a.flagDecision ?? ('pending' as const),
      })),
  };
}

const round2 = (value: number) => Math.round(value * 100) / 100;

export async function quizExport(ctx: CallContext, quizId: string) {
  const analysis = await quizAnalysis(ctx, quizId);
  const attempts = await findAll((skip) =>
    quizRepository(ctx.store).attempts.find({ quizId, status: 'submitted' }, { sort: [['_id', 1]], skip, limit: 100 }),
  );
  const names = await membersRepository(ctx.store).unitNames(attempts.map((a) => a.unitId));
  const workbook = await newWorkbook();
  const overview = workbook.addWorksheet('概况');
  overview.addRow([analysis.title]);
  overview.addRow([
    '参与人数',
    analysis.participants,
    '答卷数',
    analysis.attempts,
    '平均得分率',
    `${analysis.averagePercent}%`,
    '及格率',
    `${analysis.passPercent}%`,
  ]);
  overview.addRow(['单位', '参与人数', '及格人数', '及格率']);
  for (const unit of analysis.units)
    overview.addRow([unit.unitName, unit.participants, unit.passed, `${unit.passRate}%`]);
  const perQuestion = workbook.addWorksheet('逐题分析');
  perQuestion.addRow(['题干', '作答人数', '难度系数（答对率）', '区分度']);
  for (const q of analysis.questions) perQuestion.addRow([q.stem, q.answered, q.facility, q.discrimination]);
  const detail = workbook.addWorksheet('答卷');
  detail.addRow(['姓名', '单位', '类型', '得分率', '是否及格', '用时（秒）', '交卷时间', '异常']);
  for (const a of attempts)
    detail.addRow([
      a.memberName,
      names.get(a.unitId) ?? '',
      ATTEMPT_MODE_LABELS[a.mode],
      `${a.percent ?? 0}%`,
      a.passed ? '是' : '否',
      a.seconds ?? 0,
      a.submittedAt ? chinaDateTime(a.submittedAt) : '',
      !a.flagged
        ? ''
        : a.flagDecision === 'confirmed'
          ? '答题过快，已核实有效'
          : a.flagDecision === 'voided'
            ? '答题过快，已判无效'
            : '答题过快，待核实',
    ]);
  for (const sheet of [overview, perQuestion, detail]) sheet.columns.forEach((column) => (column.width = 18));
  return {
    fileName: `${analysis.title}-成绩分析-${chinaDay(ctx.now).replace(/-/g, '')}.xlsx`,
    file: Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64'),
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  };
}
