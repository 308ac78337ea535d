import type { RouteOutput } from '@contract/contract';

/** The 学习报告 as the app receives it. */
export type LearningReport = RouteOutput<'me.learningReport'>;
