import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';

/**
 * Field-level protection of personal data (ID-card numbers, phones): AES-256-GCM with a key id stored beside
 * each value so keys can rotate, a keyed hash for exact-match search and uniqueness, and masking for display.
 * Stored form: `v1:<keyId>:<iv>:<tag>:<ciphertext>` (base64url parts).
 */
export interface PersonalDataKeys {
  /** Key id → 32-byte key. */
  keys: Map<string, Buffer>;
  /** The key new values are encrypted with. */
  activeKeyId: string;
  /** Key of the search hashes (HMAC-SHA256); never used for encryption. */
  hashKey: Buffer;
}

export interface PersonalDataCipher {
  encrypt(plaintext: string): string;
  decrypt(stored: string): string;
  /** Keyed hash of a normalised value, for lookups without plaintext. */
  hash(value: string): string;
  /** Whether a stored value was written with an older key (re-encrypt it on the next write). */
  isStale(stored: string): boolean;
  /** A MAC for short-lived tokens (check-in codes), separated from the search hashes by `purpose`. */
  mac(purpose: string, value: string): string;
}

export class PersonalDataError extends Error {}

export function parseKeyList(spec: string): Map<string, Buffer> {
  const keys = new Map<string, Buffer>();
  for (const entry of spec
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)) {
    const [id, encoded] = entry.split(':');
    const key = encoded ? Buffer.from(encoded, 'base64') : Buffer.alloc(0);
    if (!id || !/^[A-Za-z0-9_-]{1,16}$/.test(id) || key.length !== 32) {
      throw new PersonalDataError('PII_KEYS takes "id:base64-of-32-bytes" entries, comma-separated');
    }
    keys.set(id, key);
  }
  return keys;
}

export function createPersonalDataCipher(config: PersonalDataKeys): PersonalDataCipher {
  const active = config.keys.get(config.activeKeyId);
  if (!active) throw new PersonalDataError(`active key ${config.activeKeyId} is not among the keys`);
  return {
    encrypt(plaintext) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', active, iv);
      const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
      const parts = [iv, cipher.getAuthTag(), ciphertext].map((part) => part.toString('base64url'));
      return ['v1', config.activeKeyId, ...parts].join(':');
    },
    decrypt(stored) {
      const [version, keyId, iv, tag, ciphertext] = stored.split(':');
      const key = keyId ? config.keys.get(keyId) : undefined;
      if (version !== 'v1' || !key || !iv || !tag || ciphertext === undefined) {
        throw new PersonalDataError('unreadable personal data value (unknown key or format)');
      }
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString('utf8');
    },
    hash(value) {
      return createHmac('sha256', config.hashKey).update(value.trim().toUpperCase()).digest('base64url');
    },
    isStale(stored) {
      return stored.split(':')[1] !== config.activeKeyId;
    },
    mac(purpose, value) {
      return createHmac('sha256', config.hashKey).update(`mac:${purpose}\0${value}`).digest('base64url');
    },
  };
}

/**
 * Masks leave too little to guess from: a phone keeps its first 3 and last 2 digits (10^6 candidates), an ID
 * number its first and last character (with the birth year shown beside it, still some 10^4 candidates
 * inside one county, 10^6 across a province). Confirming any candidate costs an audited, counted reveal.
 */
/** `13812345678` → `138******78` */
export function maskPhone(phone: string): string {
  return phone.length < 7 ? '****' : `${phone.slice(0, 3)}${'*'.repeat(phone.length - 5)}${phone.slice(-2)}`;
}

/** `110101199003071234` → `1****************4` */
export function maskIdCard(idCard: string): string {
  return idCard.length < 8 ? '********' : `${idCard.slice(0, 1)}${'*'.repeat(idCard.length - 2)}${idCard.slice(-1)}`;
}
