import {
  createPersonalDataCipher,
  maskIdCard,
  maskPhone,
  parseKeyList,
} from '../../cloudfunctions/security/personal-data';
import { checkIdCard, idCardCheckCharacter } from '../../cloudfunctions/modules/members/id-card';

const keyA = Buffer.alloc(32, 7);
const keyB = Buffer.alloc(32, 9);
const hashKey = Buffer.alloc(32, 5);

test('AES-256-GCM round trip; the same value encrypts differently each time', () => {
  const cipher = createPersonalDataCipher({ keys: new Map([['a', keyA]]), activeKeyId: 'a', hashKey });
  const first = cipher.encrypt('13812345678');
  const second = cipher.encrypt('13812345678');
  expect(first).not.toBe(second);
  expect(first).not.toContain('13812345678');
  expect(first.startsWith('v1:a:')).toBe(true);
  expect(cipher.decrypt(first)).toBe('13812345678');
});

test('a tampered ciphertext does not decrypt', () => {
  const cipher = createPersonalDataCipher({ keys: new Map([['a', keyA]]), activeKeyId: 'a', hashKey });
  const parts = cipher.encrypt('110101199003071234').split(':');
  parts[4] = Buffer.from('x'.repeat(18)).toString('base64url');
  expect(() => cipher.decrypt(parts.join(':'))).toThrow();
});

test('keys rotate: old values still decrypt and are reported stale', () => {
  const old = createPersonalDataCipher({ keys: new Map([['a', keyA]]), activeKeyId: 'a', hashKey });
  const stored = old.encrypt('13900000000');
  const rotated = createPersonalDataCipher({
    keys: new Map([
      ['a', keyA],
      ['b', keyB],
    ]),
    activeKeyId: 'b',
    hashKey,
  });
  expect(rotated.decrypt(stored)).toBe('13900000000');
  expect(rotated.isStale(stored)).toBe(true);
  expect(rotated.isStale(rotated.encrypt('x'))).toBe(false);
});

test('search hashes are keyed and normalised', () => {
  const cipher = createPersonalDataCipher({ keys: new Map([['a', keyA]]), activeKeyId: 'a', hashKey });
  const other = createPersonalDataCipher({ keys: new Map([['a', keyA]]), activeKeyId: 'a', hashKey: keyB });
  expect(cipher.hash(' 11010119900307123x ')).toBe(cipher.hash('11010119900307123X'));
  expect(cipher.hash('13800000000')).not.toBe(other.hash('13800000000'));
});

test('key lists are checked', () => {
  expect(parseKeyList(`k1:${keyA.toString('base64')}`).get('k1')).toEqual(keyA);
  expect(() => parseKeyList('k1:short')).toThrow(/32-bytes/);
});

test('masking shows only the ends', () => {
  expect(maskPhone('13812345678')).toBe('138******78');
  expect(maskIdCard('110101199003071234')).toBe('1****************4');
});

test('ID numbers: checksum, format and embedded birth date', () => {
  const first17 = '11010519491231002';
  const valid = first17 + idCardCheckCharacter(first17);
  expect(valid).toBe('11010519491231002X');
  expect(checkIdCard(valid)).toEqual({ ok: true, birthDate: '1949-12-31' });
  expect(checkIdCard('110105194912310021')).toEqual({ ok: false, problem: 'checksum' });
  expect(checkIdCard('1101051949123100')).toEqual({ ok: false, problem: 'format' });
  const badDate = '11010519490231001';
  expect(checkIdCard(badDate + idCardCheckCharacter(badDate))).toEqual({ ok: false, problem: 'birth_date' });
});

test('a member record written after a key rotation is re-encrypted with the new key', async () => {
  const { writeMember } = await import('../../cloudfunctions/modules/members/member-writes');
  const { membersRepository } = await import('../../cloudfunctions/modules/members/members.repository');
  const { seededDataDir, testCipher } = await import('../support/demo-store');
  const { store, dataDir } = await seededDataDir(); // seeded with key k1
  const rotated = createPersonalDataCipher({
    keys: new Map([
      ['k1', Buffer.alloc(32, 1)],
      ['k2', Buffer.alloc(32, 9)],
    ]),
    activeKeyId: 'k2',
    hashKey: Buffer.alloc(32, 3),
  });
  const repo = membersRepository(store);
  const member = (await repo.memberById('m-010'))!;
  expect(member.phone?.startsWith('v1:k1:')).toBe(true);
  const ctx = { store, pii: rotated, now: Date.now(), caller: { kind: 'system' } } as never;
  const written = await writeMember(ctx, repo, member, { position: '组织委员' });
  expect(written.phone?.startsWith('v1:k2:')).toBe(true);
  expect(rotated.decrypt(written.phone!)).toBe(testCipher().decrypt(member.phone!));
  await store.close();
  (await import('node:fs')).rmSync(dataDir, { recursive: true, force: true });
});
