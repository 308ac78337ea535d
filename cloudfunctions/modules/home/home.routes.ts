import type { FunctionHandlers } from '../../kernel/handler-types';
import { listBanners, removeBanner, saveBanner } from './banners.service';
import { markNoticesRead, meHome } from './home.service';

export const homeApiRoutes = {
  'me.home': (_input, ctx) => meHome(ctx),
  'me.noticesRead': (_input, ctx) => markNoticesRead(ctx),
} satisfies Partial<FunctionHandlers<'api'>>;

export const homeAdminRoutes = {
  'admin.homeBannerList': (input, ctx) => listBanners(ctx, input.unitId),
  'admin.homeBannerSave': (input, ctx) => saveBanner(ctx, input),
  'admin.homeBannerRemove': (input, ctx) => removeBanner(ctx, input.unitId, input.bannerId),
} satisfies Partial<FunctionHandlers<'admin'>>;
