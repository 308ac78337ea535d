import { DEVELOPMENT_STEPS, type DevelopmentStep } from '../../../types/development-rules';
import type { DocStore } from '../../store/types';
import { developmentRepository } from './development.repository';
import type { IntervalOverride, RulesDoc } from './development.types';

/** The steps with the deployment's corrected intervals applied over the defaults in `types/development-rules.ts`. */
export function applyOverrides(overrides: IntervalOverride[]): DevelopmentStep[] {
  return DEVELOPMENT_STEPS.map((step) => ({
    ...step,
    intervals: step.intervals.map((interval) => {
      const override = overrides.find((o) => o.stepKey === step.key && o.from === interval.from);
      if (!override) return interval;
      const { notBefore: _n, within: _w, ...rest } = interval;
      return {
        ...rest,
        ...(override.notBefore ? { notBefore: override.notBefore } : {}),
        ...(override.within ? { within: override.within } : {}),
      };
    }),
  }));
}

export async function rulesInForce(store: DocStore): Promise<{ steps: DevelopmentStep[]; doc: RulesDoc | null }> {
  const doc = await developmentRepository(store).settings.get('intervals');
  return { steps: applyOverrides(doc?.overrides ?? []), doc };
}
