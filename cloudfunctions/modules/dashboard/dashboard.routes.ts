import type { Handlers } from '../../kernel/handler-types';
import { AppError } from '../../kernel/app-error';

export const dashboardRoutes = {
  'admin.dashboard': () => Promise.reject(new AppError('NOT_FOUND', '控制台统计正在准备中，请稍后再试。')),
} satisfies Partial<Handlers>;
