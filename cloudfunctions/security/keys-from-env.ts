import type { Env } from '../../config/env';
import { createPersonalDataCipher, parseKeyList, PersonalDataError, type PersonalDataCipher } from './personal-data';

/** The personal-data cipher from PII_KEYS / PII_ACTIVE_KEY / PII_HASH_KEY; refuses to start without them. */
export function personalDataCipherFromEnv(
  env: Pick<Env, 'PII_KEYS' | 'PII_ACTIVE_KEY' | 'PII_HASH_KEY'>,
): PersonalDataCipher {
  if (!env.PII_KEYS || !env.PII_ACTIVE_KEY || !env.PII_HASH_KEY) {
    throw new PersonalDataError(
      'PII_KEYS, PII_ACTIVE_KEY and PII_HASH_KEY are required: personal data is stored encrypted (see README)',
    );
  }
  const hashKey = Buffer.from(env.PII_HASH_KEY, 'base64');
  if (hashKey.length !== 32) throw new PersonalDataError('PII_HASH_KEY must be base64 of 32 bytes');
  return createPersonalDataCipher({ keys: parseKeyList(env.PII_KEYS), activeKeyId: env.PII_ACTIVE_KEY, hashKey });
}
