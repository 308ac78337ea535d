import { newId } from '../../cloudfunctions/modules/audit/audit';
import type { MemberDoc, UnitDoc } from '../../cloudfunctions/modules/members/members.types';
import { raterMarkId } from '../../cloudfunctions/modules/review/rating-box';
import type {
  BranchRatingDoc,
  GradeCounts,
  RaterMarkDoc,
  ReviewGradeDoc,
  ReviewRatingDoc,
  ReviewRoundDoc,
  ReviewSelfDoc,
} from '../../cloudfunctions/modules/review/review.types';
import { chinaDay } from '../../cloudfunctions/modules/shared/china-time';
import type { PersonalDataCipher } from '../../cloudfunctions/security/personal-data';
import type { DocStore } from '../../cloudfunctions/store/types';
import type { ReviewGrade } from '../../types/review-labels';

const DAY = 86_400_000;
const EAST_BRANCH = 'u-b-east';
const SECRETARY = 'm-006';
const SELF_TEXTS = [
  '一年来坚持参加“三会一课”，认真学习党的理论，积极参加社区志愿服务。不足是学习还不够系统，今后要制定学习计划。',
  '按时缴纳党费，参加主题党日和网上答题，带头参与小区环境整治。联系群众还不够主动，今后多走访困难群众。',
  '在社区疫情防控和老旧小区改造中主动承担任务，发挥了党员作用。理论学习深度不够，今后多读原著、写心得。',
];
const REASONS: Record<ReviewGrade, string> = {
  excellent: '学习积极，带头参加志愿服务，群众评价高',
  qualified: '按时参加组织生活，完成支部交办任务',
  basic: '组织生活参加较少，需加强学习',
  unqualified: '长期不参加组织生活',
};

/**
 * 民主评议 in the 东湖 branch: last year's round finished and published with a grade for everyone, this
 * year's open in 民主测评 with the self-assessments in and about half the sheets handed in (the secretary's
 * and the first plain member's still to come); and the committee's star ratings of every branch for last year.
 */
export async function seedDemoReview(store: DocStore, pii: PersonalDataCipher, now: number): Promise<boolean> {
  const rounds = store.collection<ReviewRoundDoc>('review_rounds');
  if ((await rounds.count({})) > 0) return false;
  const unit = await store.collection<UnitDoc>('units').get(EAST_BRANCH);
  if (!unit) return false;
  const members = await store
    .collection<MemberDoc>('members')
    .find(
      { unitPath: EAST_BRANCH, stage: { $in: ['probationary', 'full'] }, status: { $in: ['normal', 'mobile'] } },
      { sort: [['nameKey', 1]], limit: 100 },
    );
  const roster = members.map((m) => ({ memberId: m._id, name: m.name, rates: m.stage === 'full' }));
  const plainFirst = (
    await store
      .collection<MemberDoc>('members')
      .find({ unitId: EAST_BRANCH, role: 'member' }, { sort: [['nameKey', 1]], limit: 1 })
  )[0]?._id;
  const year = Number(chinaDay(now).slice(0, 4));
  const round = (y: number, phase: ReviewRoundDoc['phase'], start: number): ReviewRoundDoc => ({
    _id: `${EAST_BRANCH}_${y}`,
    unitId: EAST_BRANCH,
    unitPath: [...unit.path, EAST_BRANCH],
    unitName: unit.name,
    year: y,
    phase,
    deadlines: {
      self: start + 7 * DAY,
      rating: start + 15 * DAY,
      grading: start + 22 * DAY,
      publicity: start + 30 * DAY,
    },
    roster,
    openedBy: SECRETARY,
    openedAt: start,
  });
  const selves = (roundId: string, at: number): ReviewSelfDoc[] =>
    roster.map((entry, i) => ({
      _id: `${roundId}_${entry.memberId}`,
      roundId,
      memberId: entry.memberId,
      text: SELF_TEXTS[i % SELF_TEXTS.length]!,
      updatedAt: at,
    }));
  /** Sheets of `raters`, each grading everyone else: mostly 合格, some 优秀, now and then 基本合格. */
  const sheets = async (roundId: string, raters: string[]) => {
    for (const [r, raterId] of raters.entries()) {
      await store
        .collection<RaterMarkDoc>('review_rater_marks')
        .insert({ _id: raterMarkId(pii, roundId, raterId), roundId });
      for (const [i, entry] of roster.filter((e) => e.memberId !== raterId).entries()) {
        const pick = (i * 7 + r * 3) % 10;
        const grade: ReviewGrade = pick < 3 ? 'excellent' : pick < 9 ? 'qualified' : 'basic';
        await store
          .collection<ReviewRatingDoc>('review_ratings')
          .insert({ _id: newId('rr'), roundId, rateeId: entry.memberId, grade });
      }
    }
  };

  // Last year's round: published, everyone graded.
  const lastStart = Date.UTC(year - 1, 11, 1);
  const last = round(year - 1, 'done', lastStart);
  const outcome: GradeCounts = { excellent: 0, qualified: 0, basic: 0, unqualified: 0 };
  const grades: ReviewGradeDoc[] = roster.map((entry, i) => {
    const grade: ReviewGrade = i % 4 === 0 ? 'excellent' : i === roster.length - 1 ? 'basic' : 'qualified';
    outcome[grade] += 1;
    return {
      _id: `${last._id}_${entry.memberId}`,
      roundId: last._id,
      unitId: EAST_BRANCH,
      memberId: entry.memberId,
      memberName: entry.name,
      grade,
      reason: REASONS[grade],
      gradedBy: SECRETARY,
      gradedAt: lastStart + 20 * DAY,
    };
  });
  await rounds.insert({ ...last, outcome, publishedAt: lastStart + 22 * DAY });
  for (const doc of selves(last._id, lastStart + 5 * DAY)) await store.collection('review_self').insert(doc);
  await sheets(
    last._id,
    roster.filter((e) => e.rates).map((e) => e.memberId),
  );
  for (const doc of grades) await store.collection('review_grades').insert(doc);

  // This year's round: in 民主测评, about half the sheets in.
  const current = round(year, 'rating', now - 10 * DAY);
  await rounds.insert(current);
  for (const doc of selves(current._id, now - 5 * DAY)) await store.collection('review_self').insert(doc);
  const waiting = roster.filter((e) => e.rates && e.memberId !== SECRETARY && e.memberId !== plainFirst);
  await sheets(
    current._id,
    waiting.slice(0, Math.ceil(waiting.length / 2)).map((e) => e.memberId),
  );

  // 支部评星定级 for last year: every branch of the committee.
  const branches = await store
    .collection<UnitDoc>('units')
    .find({ kind: 'branch' }, { sort: [['name', 1]], limit: 100 });
  const notes = ['三会一课规范，党员学习积极', '组织生活正常，志愿服务有特色', '基础工作扎实，发展党员程序规范'];
  for (const [i, branch] of branches.entries())
    await store.collection<BranchRatingDoc>('branch_ratings').insert({
      _id: `${branch._id}_${year - 1}`,
      unitId: branch._id,
      unitPath: [...branch.path, branch._id],
      unitName: branch.name,
      year: year - 1,
      stars: branch._id === EAST_BRANCH ? 5 : 3 + (i % 2),
      note: notes[i % notes.length]!,
      ratedBy: 'm-002',
      ratedAt: Date.UTC(year, 0, 15),
    });
  return true;
}
