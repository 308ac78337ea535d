// The components project renders in jsdom, but the cloud functions its weapp tests call run as Node code and
// use Node globals that jsdom's window lacks.
const { TextDecoder, TextEncoder } = require('node:util');
const { deserialize, serialize } = require('node:v8');

Object.assign(globalThis, {
  TextEncoder,
  TextDecoder,
  structuredClone: globalThis.structuredClone ?? ((value) => deserialize(serialize(value))),
});
