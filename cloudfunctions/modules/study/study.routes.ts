import type { FunctionHandlers } from '../../kernel/handler-types';
import { balanceOf, myPoints, pointRules, ranking, saveRules } from '../points/points.service';
import { requireMember } from '../../kernel/context';
import {
  adminContent,
  adminContentList,
  contentDetail,
  listContent,
  myContent,
  publishContent,
  saveContent,
  setFavorite,
  takeDownContent,
  uploadStudyFile,
} from './content.service';
import { receiveChunk } from './chunked-upload';
import { studyHome } from './home.service';
import { branchNotes, myNotes, noteQueue, reviewNote, submitNote } from './notes.service';
import {
  createPlan,
  exportPlan,
  listPlans,
  myPlans,
  planReport,
  planReportInUnit,
  plansFromAbove,
  remindPlan,
} from './plans.service';
import { heartbeat, openStudy, studyStats } from './progress.service';
import { reconcileStudyViews } from './summary-reconcile';

export const studyApiRoutes = {
  'study.home': (_input, ctx) => studyHome(ctx),
  'study.list': (input, ctx) => listContent(ctx, input),
  'study.mine': (input, ctx) => myContent(ctx, input.view, input.skip, input.limit),
  'study.get': (input, ctx) => contentDetail(ctx, input.contentId),
  'study.open': (input, ctx) => openStudy(ctx, input.contentId),
  'study.heartbeat': (input, ctx) => heartbeat(ctx, input),
  'study.favorite': (input, ctx) => setFavorite(ctx, input.contentId, input.on),
  'study.stats': async (_input, ctx) => ({
    ...(await studyStats(ctx)),
    points: await balanceOf(ctx.store, requireMember(ctx)._id),
  }),
  'study.plans': (_input, ctx) => myPlans(ctx),
  'study.noteSubmit': (input, ctx) => submitNote(ctx, input),
  'study.myNotes': (input, ctx) => myNotes(ctx, input.skip, input.limit),
  'study.branchNotes': (input, ctx) => branchNotes(ctx, input.skip, input.limit),
  'points.mine': (input, ctx) => myPoints(ctx, input.skip, input.limit),
  'points.rules': async (_input, ctx) => ({ rules: (await pointRules(ctx.store)).filter((rule) => rule.enabled) }),
} satisfies Partial<FunctionHandlers<'api'>>;

export const studyAdminRoutes = {
  'admin.contentSave': async (input, ctx) => ({ contentId: await saveContent(ctx, input) }),
  'admin.contentGet': (input, ctx) => adminContent(ctx, input.contentId),
  'admin.contentPublish': (input, ctx) => publishContent(ctx, input.contentId, input.publishAt),
  'admin.contentTakeDown': (input, ctx) => takeDownContent(ctx, input.contentId),
  'admin.contentList': (input, ctx) => adminContentList(ctx, input.unitId, input.status, input.skip, input.limit),
  'admin.studyUpload': (input, ctx) => uploadStudyFile(ctx, input.name, input.content),
  'admin.studyUploadChunk': (input, ctx) => receiveChunk(ctx, input),
  'admin.planCreate': async (input, ctx) => ({ planId: await createPlan(ctx, input) }),
  'admin.planList': (input, ctx) => listPlans(ctx, input.unitId, input.skip, input.limit),
  'admin.planReport': (input, ctx) => planReport(ctx, input.planId),
  'admin.plansFromAbove': (input, ctx) => plansFromAbove(ctx, input.unitId),
  'admin.planReportInUnit': (input, ctx) => planReportInUnit(ctx, input.unitId, input.planId),
  'admin.planRemind': (input, ctx) => remindPlan(ctx, input.planId),
  'admin.planExport': (input, ctx) => exportPlan(ctx, input.planId),
  'admin.noteQueue': (input, ctx) => noteQueue(ctx, input.unitId, input.status, input.skip, input.limit),
  'admin.noteReview': (input, ctx) => reviewNote(ctx, input),
  'admin.pointsRules': async (_input, ctx) => ({ rules: await pointRules(ctx.store) }),
  'admin.pointsRulesSave': (input, ctx) => saveRules(ctx, input.rules),
  'admin.pointsRanking': (input, ctx) => ranking(ctx, input.unitId, input.skip, input.limit),
} satisfies Partial<FunctionHandlers<'admin'>>;

export const studyJobsRoutes = {
  'system.reconcileStudy': (_input, ctx) => reconcileStudyViews(ctx),
} satisfies Partial<FunctionHandlers<'jobs'>>;
