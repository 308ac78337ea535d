/**
 * Taro's React wrappers for its H5 components all live in one module (lib/react/components.js), and webpack
 * keeps a module whole: every page that shows a View also downloaded the Video, Picker and Textarea
 * definitions some other page uses. This loader turns that module into re-exports of one small module per
 * component (the same file with `?taro-component=<Name>`), so a page's chunk holds only the components it
 * shows. The package declares its scripts free of side effects, so webpack links each import straight to its
 * component's module. If a Taro upgrade changes the file's shape, the build stops here rather than guess.
 */
const { URLSearchParams } = require('node:url');

const WRAPPER =
  /^const (\w+) = \/\*@__PURE__\*\/ createReactComponent\(('[\w-]+'), undefined, manipulatePropsFunction, (\w+)\);$/gm;
const EXPORTS = /^export \{([^}]*)\};$/m;
const QUERY = 'taro-component';

function splitTaroComponents(source) {
  const wrappers = new Map([...source.matchAll(WRAPPER)].map(([, name, tag, define]) => [name, { tag, define }]));
  const exported = (EXPORTS.exec(source)?.[1] ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  const unknown = exported.filter((name) => name !== 'Block' && !wrappers.has(name));
  if (wrappers.size === 0 || unknown.length > 0 || !/^const Block = Fragment;$/m.test(source)) {
    throw new Error(`config/taro-components-loader.js does not know this shape of ${this.resourcePath}`);
  }
  const wanted = new URLSearchParams(this.resourceQuery.slice(1)).get(QUERY);
  if (!wanted) {
    return [
      "export { Fragment as Block } from 'react';",
      ...exported
        .filter((name) => name !== 'Block')
        .map((name) => `export { default as ${name} } from './components.js?${QUERY}=${name}';`),
    ].join('\n');
  }
  const wrapper = wrappers.get(wanted);
  if (!wrapper) throw new Error(`Taro has no component ${wanted}`);
  return [
    "import { manipulatePropsFunction } from './helper.js';",
    "import './react-component-lib/index.js';",
    `import { ${wrapper.define} } from '@tarojs/components/dist/components';`,
    "import { createReactComponent } from './react-component-lib/createComponent.js';",
    `export default /*@__PURE__*/ createReactComponent(${wrapper.tag}, undefined, manipulatePropsFunction, ${wrapper.define});`,
  ].join('\n');
}

module.exports = splitTaroComponents;
