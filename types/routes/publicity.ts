/** 公示栏 (党务公开): a unit's public board with objections filed privately to its admins. */
import {
  AdminObjection,
  AdminObjectionsOutput,
  AdminPublicityDetail,
  AdminPublicityListInput,
  AdminPublicityListOutput,
  ObjectionReplyInput,
  ObjectOutput,
  PublicityCloseOutput,
  PublicityCreateInput,
  PublicityDetail,
  PublicityIdInput,
  PublicityListInput,
  PublicityListOutput,
  PublicityObjectInput,
  PublicityRef,
  PublicityUpdateInput,
  PublicityWithdrawInput,
} from '../schemas/publicity';
import { Empty } from '../schemas/common';
import { route } from '../route-def';

export const publicityApiRoutes = {
  'publicity.list': route({
    input: PublicityListInput,
    output: PublicityListOutput,
    access: { role: 'member' },
    writes: false,
    summary: 'Items on the boards of my unit and its ancestors that are open now, then those closed lately.',
  }),
  'publicity.detail': route({
    input: PublicityIdInput,
    output: PublicityDetail,
    access: { role: 'member', audience: 'publicity' },
    writes: false,
    summary: 'One item with my own objections to it; never anyone else’s, nor how many there are.',
  }),
  'publicity.object': route({
    input: PublicityObjectInput,
    output: ObjectOutput,
    access: { role: 'member', audience: 'publicity', audienceOnly: true },
    writes: true,
    summary: 'Files an objection to an open item, privately to its unit’s admins (a few per member per item).',
  }),
};

export const publicityAdminRoutes = {
  'admin.publicityCreate': route({
    input: PublicityCreateInput,
    output: PublicityRef,
    access: { role: 'branch_admin', scope: 'unit' },
    writes: true,
    summary: 'Puts an item on a unit’s board for a period (membership 公示 at least 5 days).',
  }),
  'admin.publicityUpdate': route({
    input: PublicityUpdateInput,
    output: PublicityRef,
    access: { role: 'branch_admin', scope: 'publicity' },
    writes: true,
    summary: 'Changes an item before it opens; once open it can only be withdrawn.',
  }),
  'admin.publicityWithdraw': route({
    input: PublicityWithdrawInput,
    output: PublicityRef,
    access: { role: 'branch_admin', scope: 'publicity' },
    writes: true,
    summary: 'Takes an item that has not closed off the board, with a reason (audited).',
  }),
  'admin.publicityList': route({
    input: AdminPublicityListInput,
    output: AdminPublicityListOutput,
    access: { role: 'branch_admin', scope: 'unit' },
    writes: false,
    summary: 'Items of a unit’s subtree in every status, with objection counts, newest first.',
  }),
  'admin.publicityDetail': route({
    input: PublicityIdInput,
    output: AdminPublicityDetail,
    access: { role: 'branch_admin', scope: 'publicity' },
    writes: false,
    summary: 'One item as its admins see it, for editing before it opens.',
  }),
  'admin.publicityObjections': route({
    input: PublicityIdInput,
    output: AdminObjectionsOutput,
    access: { role: 'branch_admin', scope: 'publicity' },
    writes: false,
    summary: 'The objections to an item with who filed them, and the closing record once it closed.',
  }),
  'admin.publicityObjectionReply': route({
    input: ObjectionReplyInput,
    output: AdminObjection,
    access: { role: 'branch_admin', scope: 'publicity' },
    writes: true,
    summary: 'Marks an objection handled with a note, once (audited).',
  }),
};

export const publicityJobsRoutes = {
  'system.publicityClose': route({
    input: Empty,
    output: PublicityCloseOutput,
    access: { role: 'system' },
    writes: true,
    summary: 'Closes items whose period ended, writing one closing record each (timer; running twice writes one).',
  }),
};
