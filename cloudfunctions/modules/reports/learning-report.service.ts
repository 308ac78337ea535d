import type { z } from 'zod';
import type { LearningFigures, LearningReport, LearningReportInput } from '../../../types/schemas/learning-report';
import { AppError } from '../../kernel/app-error';
import { requireMember, type CallContext } from '../../kernel/context';
import { activitiesRepository } from '../activities/activities.repository';
import { membersRepository } from '../members/members.repository';
import type { MemberDoc } from '../members/members.types';
import { visibleTo } from '../study/content-access';
import { studyRepository } from '../study/study.repository';
import { strengthsOf, suggestionReason, tallyTags, weakPointsOf, type Weakness } from './learning-report-insights';
import { previousPeriod, reportWindow } from './learning-report-period';
import {
  readPeriodRecords,
  tagsOfQuestions,
  wrongBookQuestionIds,
  type PeriodRecords,
} from './learning-report-records';

type Report = z.input<typeof LearningReport>;
type Input = z.output<typeof LearningReportInput>;

const LISTED_TAGS = 8;
const LISTED_ACTIVITIES = 20;
const SUGGESTED = 3;
/** The wrong-answer book questions weighed for weak points: the most recently updated. */
const WRONG_BOOK_READ = 100;

/**
 * A member's 学习报告: the router has already let the caller see this member (themself, or an admin whose
 * subtree holds them). Suggestions are what the member — not the caller — may read.
 */
export async function learningReport(ctx: CallContext, input: Input): Promise<Report> {
  const member = await reportedMember(ctx, input.memberId);
  const window = reportWindow(input.period, input.at);
  const previousAt = previousPeriod(input.period, input.at);
  const [records, before, unit, bookIds] = await Promise.all([
    readPeriodRecords(ctx.store, member._id, window),
    readPeriodRecords(ctx.store, member._id, reportWindow(input.period, previousAt)),
    membersRepository(ctx.store).units.get(member.unitId),
    wrongBookQuestionIds(ctx.store, member._id, WRONG_BOOK_READ),
  ]);
  const questionTags = await tagsOfQuestions(ctx.store, [...records.answers.map((a) => a.questionId), ...bookIds]);
  const tags = tallyTags(
    records.answers.map((a) => ({ tags: questionTags.get(a.questionId) ?? [], correct: a.correct })),
  );
  const weakPoints = weakPointsOf(tags, countTags(bookIds, questionTags));
  return {
    memberName: member.name,
    unitName: unit?.name ?? '',
    period: input.period,
    at: input.at,
    previousAt,
    current: figuresOf(records),
    previous: figuresOf(before),
    tags: tags.slice(0, LISTED_TAGS),
    strengths: strengthsOf(tags),
    weakPoints,
    suggestions: await suggestionsFor(ctx, member, weakPoints),
    activities: await attendedActivities(ctx, records),
  };
}

async function reportedMember(ctx: CallContext, memberId: string | undefined): Promise<MemberDoc> {
  const caller = requireMember(ctx);
  if (memberId === undefined || memberId === caller._id) return caller;
  const member = await membersRepository(ctx.store).memberById(memberId);
  if (!member) throw new AppError('NOT_FOUND', '没有找到这位党员，可能已被删除，请返回刷新。');
  return member;
}

function figuresOf(records: PeriodRecords): z.input<typeof LearningFigures> {
  const correct = records.answers.filter((a) => a.correct).length;
  return {
    studyMinutes: Math.floor(records.studySeconds / 60),
    itemsCompleted: records.itemsCompleted,
    quizzesHandedIn: records.quizzesHandedIn,
    correctRate: records.answers.length ? Math.round((correct / records.answers.length) * 100) : null,
    activitiesAttended: new Set(records.checkIns.map((c) => c.activityId)).size,
    pointsEarned: records.pointsEarned,
  };
}

function countTags(questionIds: string[], questionTags: Map<string, string[]>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const id of questionIds)
    for (const tag of questionTags.get(id) ?? []) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  return counts;
}

/** For each weak tag in turn, the newest item the member may read and has not completed (one query per tag). */
async function suggestionsFor(ctx: CallContext, member: MemberDoc, weakPoints: Weakness[]) {
  const { contents, progress } = studyRepository(ctx.store);
  const suggestions: Report['suggestions'] = [];
  for (const weakness of weakPoints) {
    if (suggestions.length >= SUGGESTED) break;
    const candidates = await contents.find(
      { ...visibleTo(member, ctx.now), tags: weakness.tag },
      { sort: [['publishAt', -1]], limit: 10 },
    );
    const fresh = candidates.filter((c) => !suggestions.some((s) => s.contentId === c._id));
    if (fresh.length === 0) continue;
    const done = await progress.find(
      { memberId: member._id, contentId: { $in: fresh.map((c) => c._id) }, completedAt: { $exists: true } },
      { limit: fresh.length },
    );
    const item = fresh.find((c) => !done.some((d) => d.contentId === c._id));
    if (item)
      suggestions.push({
        contentId: item._id,
        title: item.title,
        tag: weakness.tag,
        reason: suggestionReason(weakness, item.title),
      });
  }
  return suggestions;
}

async function attendedActivities(ctx: CallContext, records: PeriodRecords) {
  const latest = [...records.checkIns].sort((a, b) => b.at - a.at).slice(0, LISTED_ACTIVITIES);
  if (latest.length === 0) return [];
  const found = await activitiesRepository(ctx.store).activities.find(
    { _id: { $in: latest.map((c) => c.activityId) } },
    { limit: latest.length },
  );
  const byId = new Map(found.map((a) => [a._id, a]));
  return latest.flatMap((c) => {
    const activity = byId.get(c.activityId);
    return activity ? [{ activityId: activity._id, title: activity.title, startAt: activity.startAt }] : [];
  });
}
