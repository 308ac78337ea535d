import type { CallContext } from '../../kernel/context';
import { membersRepository } from '../members/members.repository';
import { loadMember } from '../members/member-writes';
import { uploadAttachment } from '../notices/bulletin-files';

/**
 * A development step's material (a PDF or a photo of the signed paper), stored through the files port before
 * the step is recorded; the step keeps only the file id. The person must exist: the route's scope has already
 * placed them in the admin's subtree.
 */
export async function uploadMaterial(ctx: CallContext, input: { memberId: string; name: string; content: string }) {
  await loadMember(membersRepository(ctx.store), input.memberId);
  return uploadAttachment(ctx, input.name, input.content);
}
