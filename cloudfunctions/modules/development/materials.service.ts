import { AppError } from '../../kernel/app-error';
import { requireMember, type CallContext } from '../../kernel/context';
import { membersRepository } from '../members/members.repository';
import { loadMember } from '../members/member-writes';
import { uploadAttachment } from '../notices/bulletin-files';
import { developmentRepository } from './development.repository';

/**
 * A development step's material (a PDF or a photo of the signed paper), stored through the files port before
 * the step is recorded; the step keeps only the file id. The person must exist: the route's scope has already
 * placed them in the admin's subtree. Each upload is remembered with the person it is for, so a step can cite
 * only files uploaded for that same person.
 */
export async function uploadMaterial(ctx: CallContext, input: { memberId: string; name: string; content: string }) {
  const admin = requireMember(ctx);
  const member = await loadMember(membersRepository(ctx.store), input.memberId);
  const stored = await uploadAttachment(ctx, input.name, input.content);
  await developmentRepository(ctx.store).materials.insert({
    _id: stored.fileId,
    fileId: stored.fileId,
    memberId: member._id,
    uploaderId: admin._id,
    docKey: input.name,
    at: ctx.now,
  });
  return stored;
}

/** Refuses a step citing a file that was not uploaded for this person (a forged id, another person's file). */
export async function assertOwnMaterials(ctx: CallContext, memberId: string, fileIds: string[]): Promise<void> {
  const unique = [...new Set(fileIds)];
  if (unique.length === 0) return;
  const found = await developmentRepository(ctx.store).materials.find(
    { _id: { $in: unique }, memberId },
    { limit: unique.length },
  );
  if (found.length !== unique.length) {
    const message = '有材料文件不是为本人上传的，请重新上传后再记录。';
    throw new AppError('VALIDATION_FAILED', message, { documents: message });
  }
}
