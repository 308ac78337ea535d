import { AppError } from '../../kernel/app-error';
import type { Handlers } from '../../kernel/handler-types';

/** The home routes are declared in the contract first, so the app can build against them; services follow. */
const comingSoon = () => Promise.reject(new AppError('NOT_FOUND', '首页功能正在上线，请稍后再试。'));

export const homeRoutes = {
  'me.home': comingSoon,
  'me.noticesRead': comingSoon,
  'admin.homeBannerList': comingSoon,
  'admin.homeBannerSave': comingSoon,
  'admin.homeBannerRemove': comingSoon,
} satisfies Partial<Handlers>;
