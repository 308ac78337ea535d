import type { Handlers } from '../../kernel/handler-types';
import { dismissFromPath, studyPath } from './path.service';

export const pathRoutes = {
  'study.path': (_input, ctx) => studyPath(ctx),
  'study.pathDismiss': (input, ctx) => dismissFromPath(ctx, input.contentId),
} satisfies Partial<Handlers>;
