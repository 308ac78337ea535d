import type { Consumer } from '../kernel/events';
import { passageIndexConsumer } from '../modules/assistant/passage-index';
import { aggregatesConsumer } from '../modules/dashboard/aggregates.consumer';
import { branchListsConsumer } from '../modules/dashboard/branch-lists';
import { overdueIndexConsumer } from '../modules/development/overdue-index';
import { planCompletionConsumer } from '../modules/study/plan-completion.consumer';
import { studySummaryConsumer } from '../modules/study/summary.consumer';

/**
 * Every module's event consumers (ADR 0015). Each cloud function installs all of them, whatever routes it
 * serves: a call delivers the events it publishes in-process, so the function that wrote must hold every
 * consumer of those events, or an outbox entry would be removed with a consumer never run.
 */
export const eventConsumers: readonly Consumer[] = [
  passageIndexConsumer,
  aggregatesConsumer,
  branchListsConsumer,
  studySummaryConsumer,
  planCompletionConsumer,
  overdueIndexConsumer,
];
