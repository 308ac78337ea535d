import type { FunctionHandlers } from '../../kernel/handler-types';
import { learningReport } from './learning-report.service';

export const learningReportApiRoutes = {
  'me.learningReport': (input, ctx) => learningReport(ctx, input),
} satisfies Partial<FunctionHandlers<'api'>>;
