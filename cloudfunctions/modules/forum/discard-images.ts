import type { CallContext } from '../../kernel/context';

/**
 * Removes refused images from storage. Deleting is tidying up after a decision already taken (the post was
 * refused or hidden), so a storage failure is logged for the operator and never fails the call.
 */
export async function discardImages(ctx: CallContext, fileIds: string[], why: string): Promise<void> {
  if (fileIds.length === 0) return;
  try {
    await ctx.platform.files.delete(fileIds);
  } catch (error) {
    console.warn(
      JSON.stringify({ event: 'forum.imageDeleteFailed', why, fileIds, error: String(error).slice(0, 300) }),
    );
  }
}
