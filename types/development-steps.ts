import type { Stage } from './labels';

/** The development steps a report names, by the stage a member reaches (正式党员 reached = 转正). */
export const DEVELOPMENT_STEPS: ReadonlyArray<{ stage: Stage; label: string }> = [
  { stage: 'activist', label: '新确定入党积极分子' },
  { stage: 'candidate', label: '新确定发展对象' },
  { stage: 'probationary', label: '新发展预备党员' },
  { stage: 'full', label: '预备党员转正' },
];
