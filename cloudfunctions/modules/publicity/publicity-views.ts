import type { z } from 'zod';
import type { PublicityStatus } from '../../../types/publicity-labels';
import type { AdminPublicityCard, PublicityCard } from '../../../types/schemas/publicity';
import type { PublicityItemDoc } from './publicity.types';

export function statusAt(item: PublicityItemDoc, now: number): PublicityStatus {
  if (item.withdrawn) return 'withdrawn';
  if (now < item.startsAt) return 'scheduled';
  return now >= item.endsAt ? 'closed' : 'open';
}

/** What any member of the audience sees: no counts of objections. */
export function card(item: PublicityItemDoc, now: number): z.output<typeof PublicityCard> {
  return {
    publicityId: item._id,
    kind: item.kind,
    title: item.title,
    unitName: item.unitName,
    startsAt: item.startsAt,
    endsAt: item.endsAt,
    status: statusAt(item, now),
  };
}

export function adminCard(item: PublicityItemDoc, now: number): z.output<typeof AdminPublicityCard> {
  return {
    ...card(item, now),
    objectionCount: item.objectionCount,
    pendingCount: item.objectionCount - item.handledCount,
    withdrawReason: item.withdrawReason,
    posted: item.source !== null,
  };
}
