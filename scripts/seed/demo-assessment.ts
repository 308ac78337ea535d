import type {
  GuidanceDoc,
  HonourDoc,
  ItemDoc,
  SchemeDoc,
} from '../../cloudfunctions/modules/assessment/assessment.types';
import type { MemberDoc } from '../../cloudfunctions/modules/members/members.types';
import { sanitizeContentHtml } from '../../cloudfunctions/modules/study/sanitize';
import { searchTerms } from '../../cloudfunctions/modules/study/search-terms';
import type { ContentDoc } from '../../cloudfunctions/modules/study/study.types';
import type { DocStore } from '../../cloudfunctions/store/types';
import { SHOWCASE_TAG } from '../../types/assessment-labels';

const DAY = 86_400_000;
const ROOT = 'u-committee';
const EAST_BRANCH = 'u-b-east';
const SECRETARY = 'm-006';

/**
 * The committee's 2026 assessment scheme, manual items for the 东湖 branch (one approved by the committee,
 * one waiting for it), a 表彰 and a 处分, a 先锋模范 story, and guidance notes (one sent, one still a draft).
 * The gallery's member is the branch's first plain member in roster order, as in the other demo parts.
 */
export async function seedDemoAssessment(store: DocStore, now: number): Promise<boolean> {
  const schemes = store.collection<SchemeDoc>('assessment_schemes');
  if ((await schemes.count({})) > 0) return false;
  const branch = await store
    .collection<MemberDoc>('members')
    .find({ unitId: EAST_BRANCH, role: 'member' }, { sort: [['nameKey', 1]], limit: 100 });
  const [demoMember, second, third] = branch;
  if (!demoMember || !second || !third) return false;
  await schemes.insert({
    _id: `${ROOT}_v1`,
    unitId: ROOT,
    unitPath: [ROOT],
    name: '2026年度党员积分制考核',
    periodKind: 'year',
    version: 1,
    indicators: [
      { key: 'study_minutes', label: '学习时长', source: 'study_minutes', weight: 0.1, cap: 30 },
      { key: 'points', label: '学习积分', source: 'points', weight: 1, cap: 15 },
      { key: 'volunteer_hours', label: '志愿时长', source: 'volunteer_hours', weight: 2, cap: 15 },
      { key: 'meetings_attended', label: '三会一课', source: 'meetings_attended', weight: 5, cap: 10 },
      { key: 'exams_passed', label: '考试通过', source: 'exams_passed', weight: 5, cap: 10 },
      { key: 'tasks_done', label: '完成任务', source: 'tasks_done', weight: 5, cap: 5 },
      { key: 'volunteer', label: '志愿服务', source: 'manual', weight: 1, cap: 10 },
      { key: 'discipline', label: '违纪扣分', source: 'manual', weight: 1, cap: 5, deduction: true },
    ],
    createdBy: 'm-002',
    createdByName: '党委组织委员',
    createdAt: now - 60 * DAY,
  });
  await seedItems(store, now, demoMember, second);
  await seedHonours(store, now, demoMember, third);
  await seedShowcase(store, now);
  await seedGuidance(store, now, demoMember, second);
  return true;
}

async function seedItems(store: DocStore, now: number, demoMember: MemberDoc, second: MemberDoc) {
  const item = (id: string, member: MemberDoc, fields: Partial<ItemDoc>): ItemDoc => ({
    _id: id,
    memberId: member._id,
    memberName: member.name,
    unitId: member.unitId,
    unitPath: [...member.unitPath],
    indicatorKey: 'volunteer',
    indicatorLabel: '志愿服务',
    points: 5,
    occurredAt: now - 20 * DAY,
    evidence: '参加社区防汛志愿服务两天，有社区出具的服务证明。',
    status: 'approved',
    enteredBy: SECRETARY,
    enteredByName: '东湖社区党支部书记',
    enteredInUnit: EAST_BRANCH,
    decidedBy: 'm-002',
    decidedByName: '党委组织委员',
    decidedAt: now - 18 * DAY,
    rejectReason: null,
    createdAt: now - 20 * DAY,
    ...fields,
  });
  const items = store.collection<ItemDoc>('assessment_items');
  await items.insert(item('ai-demo-approved', demoMember, {}));
  await items.insert(
    item('ai-demo-pending', second, {
      points: 3,
      occurredAt: now - 3 * DAY,
      evidence: '周末到敬老院开展助老服务半天，有活动照片。',
      status: 'pending',
      decidedBy: null,
      decidedByName: null,
      decidedAt: null,
      createdAt: now - 2 * DAY,
    }),
  );
}

async function seedHonours(store: DocStore, now: number, demoMember: MemberDoc, third: MemberDoc) {
  const honours = store.collection<HonourDoc>('honours');
  const base = { createdBy: 'm-002', createdAt: now - 30 * DAY };
  await honours.insert({
    _id: 'hn-demo-commendation',
    memberId: demoMember._id,
    unitPath: [...demoMember.unitPath],
    kind: 'commendation',
    title: '优秀共产党员',
    level: 'street',
    awardedAt: now - 150 * DAY,
    documentNo: '城南党〔2026〕12号',
    ...base,
  });
  await honours.insert({
    _id: 'hn-demo-discipline',
    memberId: third._id,
    unitPath: [...third.unitPath],
    kind: 'discipline',
    title: '党内警告',
    level: 'street',
    awardedAt: now - 90 * DAY,
    documentNo: '城南纪〔2026〕3号',
    ...base,
  });
}

async function seedShowcase(store: DocStore, now: number) {
  const title = '扎根社区二十年：东湖社区的“红色管家”';
  const summary = '从楼道长到党员志愿服务队队长，她把群众的小事当成自己的大事。';
  const at = now - 5 * DAY;
  const story: ContentDoc = {
    _id: 'c-showcase-1',
    kind: 'article',
    category: 'practice',
    title,
    summary,
    coverFileId: null,
    body: await sanitizeContentHtml(
      '<p>二十年来，她走遍了东湖社区的每一栋楼，记下了每一户困难家庭的需要。</p><p>防汛期间，她带领党员志愿服务队连续值守三个昼夜，转移群众四十余人。</p><p>“党员就是要在群众需要的时候站出来。”这是她常说的一句话。</p>',
    ),
    media: null,
    durationSeconds: null,
    topicItemIds: [],
    tags: [SHOWCASE_TAG],
    source: '城南街道党委',
    author: '',
    estimatedMinutes: 3,
    audienceUnitId: ROOT,
    audiencePath: [ROOT],
    status: 'published',
    publishAt: at,
    terms: searchTerms(title, summary, SHOWCASE_TAG),
    completedCount: 0,
    createdBy: 'm-002',
    createdAt: at,
    updatedAt: at,
  };
  await store.collection<ContentDoc>('contents').insert(story);
}

async function seedGuidance(store: DocStore, now: number, demoMember: MemberDoc, second: MemberDoc) {
  const note = (member: MemberDoc, fields: Partial<GuidanceDoc>): GuidanceDoc => ({
    _id: `g-2026-${member._id}`,
    memberId: member._id,
    memberName: member.name,
    unitPath: [...member.unitPath],
    periodId: '2026',
    periodLabel: '2026年度',
    grade: 'weak',
    weak: [
      { label: '考试通过', points: 0, cap: 10 },
      { label: '三会一课', points: 0, cap: 10 },
    ],
    suggestions: [
      { kind: 'content', id: 'c-demo-1', title: '党员的八项义务', reason: '「考试通过」得分偏低，建议补学' },
    ],
    message: `${member.name}同志：2026年度您的「考试通过」「三会一课」得分偏低。建议近期完成《党员的八项义务》，按时参加支部组织生活。如有困难，请随时与支部联系。`,
    status: 'draft',
    sentAt: null,
    draftedBy: SECRETARY,
    sentBy: null,
    updatedAt: now - DAY,
    ...fields,
  });
  const guidance = store.collection<GuidanceDoc>('guidance_notes');
  await guidance.insert(note(demoMember, { status: 'sent', sentAt: now - DAY, sentBy: SECRETARY }));
  await guidance.insert(note(second, {}));
}
