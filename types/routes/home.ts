/** The home module's routes: the member's 首页 in one call, and the banners admins put on it. */
import { Empty } from '../schemas/common';
import {
  HomeBannerListInput,
  HomeBannerListOutput,
  HomeBannerRemoveInput,
  HomeBannerSaveInput,
  HomeBannerSaveOutput,
  MeHome,
  NoticesReadOutput,
} from '../schemas/home';
import { route } from '../route-def';

export const homeApiRoutes = {
  'me.home': route({
    input: Empty,
    output: MeHome,
    access: { role: 'member' },
    writes: false,
    summary:
      'The 首页 in one call: banners, notices, today’s to-dos (study, daily quiz, plans, activities, votes), points, latest content.',
  }),
  'me.noticesRead': route({
    input: Empty,
    output: NoticesReadOutput,
    access: { role: 'member', inactiveMembers: 'own-data' },
    writes: true,
    summary: 'Mark my notices as read (the notice list calls it when opened), so the home counts none unread.',
  }),
};

export const homeAdminRoutes = {
  'admin.homeBannerList': route({
    input: HomeBannerListInput,
    output: HomeBannerListOutput,
    access: { role: 'branch_admin', scope: 'unit' },
    writes: false,
    summary: 'The home banners a unit shows to its subtree, newest first, with whether each target is still live.',
  }),
  'admin.homeBannerSave': route({
    input: HomeBannerSaveInput,
    output: HomeBannerSaveOutput,
    access: { role: 'branch_admin', scope: 'unit' },
    writes: true,
    summary:
      'Create or change a home banner of a unit; it must open published content, an open activity or vote the unit sees.',
  }),
  'admin.homeBannerRemove': route({
    input: HomeBannerRemoveInput,
    output: HomeBannerListOutput,
    access: { role: 'branch_admin', scope: 'unit' },
    writes: true,
    summary: 'Remove a home banner of a unit.',
  }),
};
