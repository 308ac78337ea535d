import { consumer } from '../../kernel/events';
import { awardFinishedPlans } from './plans.service';

/**
 * Passing an exam may finish a study plan that includes it. Quiz only announces the pass; the plan's progress
 * and its `plan_complete` points follow here (awarded once per plan, so a redelivered event adds nothing).
 */
export const planCompletionConsumer = consumer({
  name: 'planCompletion',
  types: ['quiz.passed'],
  async plan(event, ctx) {
    const { memberId, unitPath, quizId } = event.payload;
    return [() => awardFinishedPlans(ctx, { _id: memberId, unitPath }, { quizId })];
  },
});
