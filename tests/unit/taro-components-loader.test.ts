import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The H5 build's loader that gives each Taro component its own module (config/taro-components-loader.js), run
 * on the installed Taro's file: what it writes, and that an unfamiliar file stops the build.
 */
type Loader = (this: { resourcePath: string; resourceQuery: string }, source: string) => string;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const splitTaroComponents = require('../../config/taro-components-loader.js') as Loader;

const resourcePath = path.resolve('node_modules/@tarojs/components/lib/react/components.js');
const source = readFileSync(resourcePath, 'utf8');
const run = (resourceQuery: string, text = source) => splitTaroComponents.call({ resourcePath, resourceQuery }, text);

test('the module becomes re-exports of one module per component, Block staying a Fragment', () => {
  const barrel = run('');
  const exported = /^export \{([^}]*)\};$/m
    .exec(source)![1]!
    .split(',')
    .map((name) => name.trim());
  expect(exported).toEqual(expect.arrayContaining(['Block', 'View', 'Text', 'Button', 'Video']));
  expect(barrel).toContain("export { Fragment as Block } from 'react';");
  for (const name of exported.filter((name) => name !== 'Block'))
    expect(barrel).toContain(`export { default as ${name} } from './components.js?taro-component=${name}';`);
  expect(barrel).not.toContain('createReactComponent');
});

test('a component module defines that component alone', () => {
  const view = run('?taro-component=View');
  expect(view).toContain("import { defineCustomElementTaroViewCore } from '@tarojs/components/dist/components';");
  expect(view).toContain(
    "export default /*@__PURE__*/ createReactComponent('taro-view-core', undefined, manipulatePropsFunction, defineCustomElementTaroViewCore);",
  );
  expect(view.match(/defineCustomElement\w+/g)).toEqual([
    'defineCustomElementTaroViewCore',
    'defineCustomElementTaroViewCore',
  ]);
});

test('a file it does not recognise, or a component Taro lacks, stops the build', () => {
  expect(() => run('', source.replace('export {', 'export { Mystery,'))).toThrow(/does not know this shape/);
  expect(() => run('', 'export const View = 1;')).toThrow(/does not know this shape/);
  expect(() => run('?taro-component=Mystery')).toThrow(/no component Mystery/);
});
