import { createHash } from 'node:crypto';
import { PUBLICITY_KIND_LABELS, type PublicityKind } from '../../../types/publicity-labels';
import type { CallContext } from '../../kernel/context';
import { DuplicateKeyError } from '../../store/types';
import { appendAudit } from '../audit/audit';
import { publicityRepository } from './publicity.repository';
import { boardUnit, checkPeriod } from './publicity-rules';
import type { PublicityItemDoc } from './publicity.types';

/**
 * The board's API for other modules (development workflow, democratic review, dues): they post an item for
 * one of their records and get its id back. The item's id is derived from `source`, so posting the same
 * record twice, even from two hosts at once, returns the same item and changes nothing.
 */
export interface BoardPost {
  unitId: string;
  kind: PublicityKind;
  title: string;
  /** Plain text: one paragraph per array entry, or per line of a string. */
  body: string | string[];
  startsAt: number;
  endsAt: number;
  source: { module: string; id: string };
}

export const sourceItemId = (source: BoardPost['source']) =>
  `pb-${createHash('sha256').update(`${source.module}\u0000${source.id}`).digest('base64url').slice(0, 22)}`;

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Plain paragraphs as the same HTML the block editor writes: one `<p>` each, escaped, blank ones dropped. */
export function paragraphsHtml(body: string | string[]): string {
  const paragraphs = (Array.isArray(body) ? body : body.split(/\r?\n/)).map((p) => p.trim()).filter(Boolean);
  return paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('');
}

export async function postToBoard(ctx: CallContext, post: BoardPost): Promise<{ itemId: string }> {
  const { items } = publicityRepository(ctx.store);
  const itemId = sourceItemId(post.source);
  if (await items.get(itemId)) return { itemId };
  const unit = await boardUnit(ctx, post.unitId);
  checkPeriod(ctx, post.kind, post.startsAt, post.endsAt);
  const item: PublicityItemDoc = {
    _id: itemId,
    unitId: unit._id,
    unitPath: [...unit.path, unit._id],
    unitName: unit.name,
    kind: post.kind,
    title: post.title.trim().slice(0, 60),
    body: paragraphsHtml(post.body),
    startsAt: post.startsAt,
    endsAt: post.endsAt,
    withdrawn: false,
    withdrawReason: null,
    withdrawnAt: null,
    closed: false,
    objectionCount: 0,
    handledCount: 0,
    source: { module: post.source.module, id: post.source.id },
    createdBy: ctx.caller.kind === 'member' ? ctx.caller.member._id : null,
    createdAt: ctx.now,
    updatedAt: ctx.now,
  };
  try {
    await items.insert(item);
  } catch (error) {
    if (error instanceof DuplicateKeyError) return { itemId };
    throw error;
  }
  await appendAudit(ctx, {
    action: 'publicity.post',
    summary: `在${unit.name}公示栏发布了${PUBLICITY_KIND_LABELS[item.kind]}「${item.title}」`,
    targetId: item._id,
    targetName: item.title,
    unitPath: item.unitPath,
  });
  return { itemId };
}
