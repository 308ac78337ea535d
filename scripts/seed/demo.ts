import type { FilesPort } from '../../cloudfunctions/platform/files';
import type { PersonalDataCipher } from '../../cloudfunctions/security/personal-data';
import type { DocStore } from '../../cloudfunctions/store/types';
import { backfillDemoAggregates } from './demo-aggregates';
import { seedDemoAssessment } from './demo-assessment';
import { seedDemoAssistant, seedDemoAssistantUsage } from './demo-assistant';
import { seedDemoDrafts } from './demo-drafts';
import { seedDemoDues } from './demo-dues';
import { seedDemoDevelopment } from './demo-development';
import { seedDemoEngage } from './demo-engage';
import { seedDemoForum } from './demo-forum';
import { seedDemoHome } from './demo-home';
import { seedDemoLearning } from './demo-learning';
import { seedDemoNotices } from './demo-notices';
import { seedDemoOrganisation } from './demo-organisation';
import { seedDemoPublicity } from './demo-publicity';
import { seedDemoQuiz } from './demo-quiz';
import { seedDemoReview } from './demo-review';
import { seedDemoReportMonths } from './demo-report';
import { seedDemoStudy } from './demo-study';
import { seedDemoSurveys } from './demo-surveys';
import { seedDemoTransfers } from './demo-transfers';
import { seedDemoVotes } from './demo-votes';

/**
 * The whole demo, as `npm start`, `npm run seed` and the screenshot gallery load it: the organisation and its
 * members, study content and a plan, a question bank with an exam and a competition, two open votes, two home
 * banners, then the dashboard's aggregates built once from those records. Each part is skipped when the store
 * already has it; `say` hears one line per part seeded. `files` stores the demo's documents (a notice's PDF).
 */
export async function seedDemo(
  store: DocStore,
  pii: PersonalDataCipher,
  files: FilesPort,
  now: number,
  say: (line: string) => void = () => undefined,
): Promise<void> {
  const { seeded, members } = await seedDemoOrganisation(store, pii, now);
  say(seeded ? `Seeded the demo organisation: ${members} members.` : 'The store already has members; left as it is.');
  if (await seedDemoStudy(store, now)) say('Seeded demo study content and a plan.');
  if (await seedDemoAssistant(store, now)) say('Seeded the study library 问一问 answers from, and indexed it.');
  if (await seedDemoAssistantUsage(store, now)) say('Seeded a few days of 问一问 question counts in the 东湖 branch.');
  if (await seedDemoQuiz(store, now)) say('Seeded a demo question bank, an exam and a competition.');
  if (await seedDemoDrafts(store, now)) say('Seeded AI 出题 drafts waiting for review.');
  if (await seedDemoVotes(store, now)) say('Seeded two open demo votes.');
  if (await seedDemoSurveys(store, pii, now)) say('Seeded an open anonymous questionnaire with some answers.');
  if (await seedDemoHome(store, now)) say('Seeded two demo home banners.');
  if (await seedDemoNotices(store, files, now)) say('Seeded four 通知公告 with some read receipts.');
  if (await seedDemoReportMonths(store, now)) say('Seeded two months of branch meetings and study time.');
  if (await seedDemoEngage(store, pii, now)) say('Seeded 意见建议 in each status and a task with feedback to review.');
  if (await seedDemoForum(store, now))
    say('Seeded 交流园地 topics and replies in the 东湖 branch, and comments on a study item.');
  if (await seedDemoReview(store, pii, now))
    say('Seeded 民主评议: last year’s round published, this year’s in 民主测评, and last year’s 支部评星定级.');
  if (await seedDemoDevelopment(store, now))
    say('Seeded 发展党员 steps in the 东湖 branch: one step overdue, two due, one waiting for the probation year.');
  if (await seedDemoPublicity(store, pii, now))
    say('Seeded an open 发展对象公示 with an objection and a closed 转正公示.');
  if (await seedDemoTransfers(store, now))
    say('Seeded 组织关系转接 (one waiting, one receipt overdue), a 流动党员, volunteer hours and a care record.');
  if (await seedDemoDues(store, pii, now))
    say('Seeded 党费 for the 东湖 branch: bases by category, last month mostly paid, a few in arrears.');
  if (await seedDemoAssessment(store, now))
    say(
      'Seeded the 2026 assessment scheme, 加扣分 items (one waiting for approval), honours, a 先锋模范 story and guidance notes.',
    );
  if (await seedDemoLearning(store, now))
    say('Seeded the demo member’s quizzes, wrong answers and points for the 学习报告.');
  if (seeded) {
    await backfillDemoAggregates(store, pii, now);
    say('Built the dashboard figures from the demo records.');
  }
}
