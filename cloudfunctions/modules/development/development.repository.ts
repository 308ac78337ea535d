import type { DocStore } from '../../store/types';
import { findAll } from '../members/members.repository';
import type { MaterialDoc, PathDoc, ReminderDoc, RulesDoc, StepDoc } from './development.types';

export function developmentRepository(store: DocStore) {
  const steps = store.collection<StepDoc>('development_steps');
  return {
    steps,
    settings: store.collection<RulesDoc>('development_settings'),
    reminders: store.collection<ReminderDoc>('development_reminders'),
    materials: store.collection<MaterialDoc>('development_materials'),
    paths: store.collection<PathDoc>('development_paths'),
    stepsOf: (memberId: string) => steps.find({ memberId }, { sort: [['date', 1]], limit: 100 }),
    /** The steps of many people at once, grouped by person. */
    async stepsOfMany(memberIds: string[]): Promise<Map<string, StepDoc[]>> {
      const byMember = new Map<string, StepDoc[]>(memberIds.map((id) => [id, []]));
      for (let i = 0; i < memberIds.length; i += 20) {
        const ids = memberIds.slice(i, i + 20);
        const found = await findAll((skip) =>
          steps.find({ memberId: { $in: ids } }, { sort: [['_id', 1]], skip, limit: 100 }),
        );
        for (const step of found) byMember.get(step.memberId)?.push(step);
      }
      return byMember;
    },
  };
}

export const stepId = (memberId: string, stepKey: string) => `${memberId}_${stepKey}`;
