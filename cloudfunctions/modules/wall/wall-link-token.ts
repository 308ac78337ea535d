import { timingSafeEqual } from 'node:crypto';
import { AppError } from '../../kernel/app-error';
import type { DocStore } from '../../store/types';
import type { PersonalDataCipher } from '../../security/personal-data';
import { wallLinks, type WallLinkDoc } from './wall-links.repository';

/**
 * A 大屏 token is `<linkId>.<expiresAt>.<mac>`, the MAC (server key) covering the link, its unit and its expiry:
 * a changed expiry or a link moved to another unit no longer verifies. The link's record makes it revocable.
 */
export const WALL_LINK_INVALID = '链接已失效，请联系管理员重新生成';

const macOf = (pii: PersonalDataCipher, link: Pick<WallLinkDoc, '_id' | 'unitId' | 'expiresAt'>) =>
  pii.mac('wall-link', `${link._id}.${link.unitId}.${link.expiresAt}`);

export function wallToken(pii: PersonalDataCipher, link: Pick<WallLinkDoc, '_id' | 'unitId' | 'expiresAt'>): string {
  return `${link._id}.${link.expiresAt}.${macOf(pii, link)}`;
}

/** The live link a token names; refuses a forged, expired or revoked one with the same message. */
export async function verifiedWallLink(
  token: string,
  keys: { store: DocStore; pii: PersonalDataCipher; now: number },
): Promise<WallLinkDoc> {
  const [linkId, expiry, mac, extra] = token.split('.');
  const expiresAt = Number(expiry);
  const invalid = new AppError('FORBIDDEN', WALL_LINK_INVALID);
  if (!linkId || !mac || extra !== undefined || !Number.isSafeInteger(expiresAt)) throw invalid;
  if (expiresAt <= keys.now) throw invalid;
  const link = await wallLinks(keys.store).get(linkId);
  if (!link || link.revokedAt !== null || link.expiresAt !== expiresAt) throw invalid;
  const expected = Buffer.from(macOf(keys.pii, link));
  const given = Buffer.from(mac);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) throw invalid;
  return link;
}
