import * as z from 'zod';
import { EpochMs, Id } from './common';
import { Role, Stage } from './members';

export const DemoMember = z.object({
  memberId: Id,
  name: z.string(),
  unitName: z.string(),
  role: Role,
  stage: Stage,
});
export type DemoMember = z.infer<typeof DemoMember>;

export const DevMembersOutput = z.object({ members: z.array(DemoMember) });

export const DevLoginInput = z.strictObject({ memberId: Id });
export const Session = z.object({ token: z.string(), expiresAt: EpochMs, memberId: Id });
export type Session = z.infer<typeof Session>;

export const WxLoginInput = z.strictObject({ code: z.string().min(1).max(200) });
export const WxSession = z.object({ token: z.string(), expiresAt: EpochMs, bound: z.boolean() });
