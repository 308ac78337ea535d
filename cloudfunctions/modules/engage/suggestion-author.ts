import type { PersonalDataCipher } from '../../security/personal-data';

/**
 * The two marks a suggestion keeps of its writer: a keyed MAC to list it among their own, and their id
 * sealed with the server key to deliver the reply. Neither says who without the server's keys.
 */
export function authorMarks(pii: PersonalDataCipher, memberId: string) {
  return { authorKey: authorKeyOf(pii, memberId), authorSealed: pii.encrypt(memberId) };
}

export const authorKeyOf = (pii: PersonalDataCipher, memberId: string) => pii.mac('suggestion-author', memberId);
