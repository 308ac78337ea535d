import type { Handlers } from '../../kernel/handler-types';
import { learningReport } from './learning-report.service';

export const learningReportRoutes = {
  'me.learningReport': (input, ctx) => learningReport(ctx, input),
} satisfies Partial<Handlers>;
