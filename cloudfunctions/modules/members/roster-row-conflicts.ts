import { pathInScope } from '../../kernel/scope';
import { requireMember, type CallContext } from '../../kernel/context';
import { maskIdCard } from '../../security/personal-data';
import type { IdentifierConflict } from './identifier-conflicts';
import { revealField } from './member-records';
import { membersRepository } from './members.repository';
import type { MemberDoc } from './members.types';

/**
 * Which roster rows would confirm a phone or ID number to the importer. A row is an ordinary one when its ID
 * number matches no one (a new member) or matches a member in reach under the same name (a re-import).
 * Anything else answers a guess: an ID number held out of reach, a phone held by someone else, an ID number
 * matched under another name (a list of candidates under an invented name), or a new ID number under a name
 * already in the unit whose ID number looks the same through the mask (a list of candidates under the
 * holder's own name). Such rows get the neutral conflict, so every guess, right or wrong, costs the importer
 * one of their few conflicts a day and leaves an audit entry naming the member guessed at.
 */
export interface RowIdentity {
  name: string;
  idCard: string;
  phone: string | null;
}

/** Members of the importing unit's subtree by name, each name looked up once per file. */
export function namesakeFinder(ctx: CallContext, unitId: string): (name: string) => Promise<MemberDoc[]> {
  const repo = membersRepository(ctx.store);
  const found = new Map<string, Promise<MemberDoc[]>>();
  return (name) => {
    if (!found.has(name)) found.set(name, repo.membersIn({ unitPath: unitId, name }, 0, 100));
    return found.get(name) as Promise<MemberDoc[]>;
  };
}

/** Everything an admin sees of an ID number: the masked form and the birth year. */
const visiblePart = (idCard: string) => `${maskIdCard(idCard)}:${idCard.slice(6, 10)}`;

export async function rowConflict(
  ctx: CallContext,
  row: RowIdentity,
  existing: MemberDoc | null,
  namesakes: (name: string) => Promise<MemberDoc[]>,
): Promise<Pick<IdentifierConflict, 'field' | 'holder' | 'kind'> | null> {
  if (existing && !pathInScope(requireMember(ctx), existing.unitPath)) return { field: 'idCard', holder: existing };
  if (row.phone) {
    const phoneHolder = await membersRepository(ctx.store).memberByHash('phoneHash', ctx.pii.hash(row.phone));
    if (phoneHolder && phoneHolder._id !== existing?._id) return { field: 'phone', holder: phoneHolder };
  }
  if (existing) return existing.name === row.name ? null : { field: 'idCard', holder: existing };
  const guessedAt = (await namesakes(row.name)).find((member) => {
    const held = revealField(ctx.pii, member, 'idCard');
    return held !== null && visiblePart(held) === visiblePart(row.idCard);
  });
  return guessedAt ? { field: 'idCard', holder: guessedAt, kind: 'namesake' } : null;
}
