import { consumer } from '../../kernel/events';
import type { CallContext } from '../../kernel/context';
import type { Update } from '../../store/types';
import { chinaDay } from '../shared/china-time';
import { upsert } from '../shared/upsert';
import { dayKey, memberViewId, studyViews, unitPlansId, viewKey } from './study-views';

/**
 * Keeps the study home's views (study-views.ts) from the domain events. A member's summary is only changed
 * once it exists: until then their first study home builds it from the records, which already hold the event.
 * Every change moves `rev`, so such a build that read the records before it does not store over it.
 */
export const studySummaryConsumer = consumer({
  name: 'studySummary',
  types: ['study.opened', 'study.credited', 'study.itemCompleted', 'points.awarded', 'study.planAssigned'],
  async plan(event, ctx) {
    if (event.type === 'study.planAssigned') {
      const { unitId, planId, ...plan } = event.payload;
      const brief = { planId, ...plan };
      return [
        () =>
          upsert(
            studyViews(ctx.store),
            { _id: unitPlansId(unitId), kind: 'unitPlans', plans: { [viewKey(planId)]: brief } },
            { $set: { [`plans.${viewKey(planId)}`]: brief } },
          ),
      ];
    }
    const { memberId } = event.payload;
    if (event.type === 'study.opened')
      return [
        () => change(ctx, memberId, { $set: { [`open.${viewKey(event.payload.contentId)}.at`]: event.payload.at } }),
      ];
    if (event.type === 'study.credited') {
      const { at, seconds, contentId, percent } = event.payload;
      return [
        () =>
          change(ctx, memberId, {
            $inc: { [`days.${dayKey(chinaDay(at))}`]: seconds },
            $set: { [`open.${viewKey(contentId)}.percent`]: percent },
          }),
      ];
    }
    if (event.type === 'study.itemCompleted')
      return [
        () => change(ctx, memberId, { $set: { [`completed.${viewKey(event.payload.contentId)}`]: event.payload.at } }),
      ];
    return [() => change(ctx, memberId, { $inc: { points: event.payload.points } })];
  },
});

function change(ctx: CallContext, memberId: string, update: Update) {
  return studyViews(ctx.store).updateWhere(
    { _id: memberViewId(memberId) },
    { ...update, $inc: { ...update.$inc, rev: 1 } },
  );
}
