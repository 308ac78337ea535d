import * as z from 'zod';
import { ROLES, STAGES, UNIT_KINDS } from '../labels';
import { EpochMs, Id } from './common';

export const Role = z.enum(ROLES);
export const UnitKind = z.enum(UNIT_KINDS);
export const Stage = z.enum(STAGES);

export const MemberCard = z.object({
  memberId: Id,
  name: z.string(),
  unitId: Id,
  unitName: z.string(),
  /** Names of the units above the member's own, from the top down. */
  unitPath: z.array(z.string()),
  role: Role,
  position: z.string().nullable(),
  stage: Stage,
  stageSince: EpochMs,
  joinedAt: EpochMs.nullable(),
});
export type MemberCard = z.infer<typeof MemberCard>;

export const UnitOverviewInput = z.strictObject({ unitId: Id });
export const UnitOverview = z.object({
  unitId: Id,
  unitName: z.string(),
  kind: UnitKind,
  /** The names of the units above it, from the top down (the console header's 党委 / 党总支 line). */
  parentNames: z.array(z.string()),
  /** The first 100 child units by name, with their member counts; `childUnitTotal` says how many there are. */
  childUnits: z.array(z.object({ unitId: Id, name: z.string(), kind: UnitKind, memberCount: z.number().int() })),
  childUnitTotal: z.number().int(),
  memberCount: z.number().int(),
  byStage: z.record(Stage, z.number().int()),
});
export type UnitOverview = z.infer<typeof UnitOverview>;
