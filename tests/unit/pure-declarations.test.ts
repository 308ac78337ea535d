import { markPure } from '../../scripts/lib/pure-declarations';

const PURE = '/* @__PURE__ */ ';

test('every call chain in a top-level const initializer is marked once, nested ones too', () => {
  const source = [
    'export const A = z.object({ name: z.string().min(1) }).strict();',
    'export const B: Route =',
    '  route({ input: A, output: Base.extend({ at: z.iso.datetime() }) });',
    'const SEEN = new Set(KEYS);',
  ].join('\n');
  expect(markPure('x.ts', source)).toBe(
    [
      `export const A = ${PURE}z.object({ name: ${PURE}z.string().min(1) }).strict();`,
      'export const B: Route =',
      `  ${PURE}route({ input: A, output: ${PURE}Base.extend({ at: ${PURE}z.iso.datetime() }) });`,
      `const SEEN = ${PURE}new Set(KEYS);`,
    ].join('\n'),
  );
});

test('statements and function bodies are left alone: their calls may be there for their effect', () => {
  const source = [
    'z.config(zhCN());',
    'let counter = next();',
    'export const check = (value: string) => register(value);',
    'export const Refined = z.string().refine((value) => record(value));',
  ].join('\n');
  expect(markPure('x.ts', source)).toBe(
    [
      'z.config(zhCN());',
      'let counter = next();',
      'export const check = (value: string) => register(value);',
      `export const Refined = ${PURE}z.string().refine((value) => record(value));`,
    ].join('\n'),
  );
});
