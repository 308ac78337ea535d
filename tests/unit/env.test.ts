import { EnvError, parseEnv } from '../../config/env';

test('defaults are the safe ones: embedded store, no demo login', () => {
  const env = parseEnv({});
  expect(env).toMatchObject({ PORT: 8080, DATA_DIR: '.data', DB_DRIVER: 'embedded', AUTH_MODE: 'wx' });
});

test('postgres needs a DATABASE_URL; unknown drivers and modes are refused with the variable named', () => {
  expect(() => parseEnv({ DB_DRIVER: 'postgres' })).toThrow(/DATABASE_URL/);
  expect(() => parseEnv({ DB_DRIVER: 'mongo' })).toThrow(EnvError);
  expect(() => parseEnv({ AUTH_MODE: 'none' })).toThrow(/AUTH_MODE/);
  expect(() => parseEnv({ PORT: 'eighty' })).toThrow(/PORT/);
});
