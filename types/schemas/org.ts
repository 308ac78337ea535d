import * as z from 'zod';
import { UNIT_KINDS } from '../labels';
import { Id } from './common';

const UnitName = z.string().trim().min(2, '单位名称至少 2 个字').max(40, '单位名称不能超过 40 个字');

/** `unitId` names the parent: the new unit is created under it (and must be in the admin's scope). */
export const UnitCreateInput = z.strictObject({ unitId: Id, name: UnitName, kind: z.enum(UNIT_KINDS) });
export const UnitRenameInput = z.strictObject({ unitId: Id, name: UnitName });
export const UnitMoveInput = z.strictObject({ unitId: Id, newParentId: Id });
export const UnitArchiveInput = z.strictObject({ unitId: Id });
export const UnitRef = z.object({ unitId: Id, name: z.string() });
