/** A member's personal 学习报告 (month / year). */
import { LearningReport, LearningReportInput } from '../schemas/learning-report';
import { route } from '../route-def';

export const learningReportApiRoutes = {
  'me.learningReport': route({
    input: LearningReportInput,
    output: LearningReport,
    // Without memberId: the caller's own report. With it: the member themself, or an admin whose subtree
    // holds the member's unit (the branch secretary and above).
    access: { role: 'member', audience: 'member' },
    writes: false,
    summary:
      'A member’s 学习报告 for a month or year: figures against the period before, quiz results by tag, strengths, weak points with suggested items, activities attended, points.',
  }),
};
