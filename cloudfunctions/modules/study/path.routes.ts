import type { FunctionHandlers } from '../../kernel/handler-types';
import { dismissFromPath, studyPath } from './path.service';

export const pathApiRoutes = {
  'study.path': (_input, ctx) => studyPath(ctx),
  'study.pathDismiss': (input, ctx) => dismissFromPath(ctx, input.contentId),
} satisfies Partial<FunctionHandlers<'api'>>;
