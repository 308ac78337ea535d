// babel-preset-taro compiles the app for both targets (see config/index.ts).
// The kit is imported by name (`import { Button } from '@nutui/nutui-react-taro'`); these plugins rewrite
// each name to the component's own module and its compiled stylesheet, so a bundle carries only the
// components (and styles) it uses.
const nutuiPackages = '@nutui/nutui-react-taro/dist/es/packages';

module.exports = {
  presets: [['taro', { framework: 'react', ts: true, compiler: 'webpack5' }]],
  plugins: [
    [
      'import',
      {
        libraryName: '@nutui/nutui-react-taro',
        camel2DashComponentName: false,
        customName: (name) => `${nutuiPackages}/${name.toLowerCase()}`,
        customStyleName: (name) => `${nutuiPackages}/${name.toLowerCase()}/style/css`,
      },
      'nutui-react-taro',
    ],
    [
      'import',
      {
        libraryName: '@nutui/icons-react-taro',
        camel2DashComponentName: false,
        customName: (name) => `@nutui/icons-react-taro/dist/es/icons/${name}.js`,
        style: false,
      },
      'nutui-icons-react-taro',
    ],
  ],
};
