import type { Handlers } from '../../kernel/handler-types';
import { listBanners, removeBanner, saveBanner } from './banners.service';
import { markNoticesRead, meHome } from './home.service';

export const homeRoutes = {
  'me.home': (_input, ctx) => meHome(ctx),
  'me.noticesRead': (_input, ctx) => markNoticesRead(ctx),
  'admin.homeBannerList': (input, ctx) => listBanners(ctx, input.unitId),
  'admin.homeBannerSave': (input, ctx) => saveBanner(ctx, input),
  'admin.homeBannerRemove': (input, ctx) => removeBanner(ctx, input.unitId, input.bannerId),
} satisfies Partial<Handlers>;
