import path from 'node:path';
import { defineConfig, type UserConfigExport } from '@tarojs/cli';
import devConfig from './dev';
import prodConfig from './prod';

// Taro build configuration. Both targets compile `types/` too: the app imports the contract's types and
// the small runtime helpers beside them, never their zod schemas (see src/lib/api-client.ts).
export default defineConfig<'webpack5'>(async (merge) => {
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'zhihui-dangjian',
    date: '2026-11-22',
    // The app is drawn at 750 design px, the kit at 375: the kit's stylesheets (the build passes the CSS
    // declaration and its file) and the kit's run-time Taro.pxTransform calls (a number; the app itself
    // never calls it) convert with 375, or every kit component would render at half size. Taro copies this
    // function's source into the app, so it must not refer to anything outside itself.
    designWidth: (input) => {
      if (typeof input === 'number') return 375;
      const file = (input as { file?: string } | undefined)?.file ?? '';
      return file.replace(/\\+/g, '/').includes('/@nutui/') ? 375 : 750;
    },
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    outputRoot: `dist/${process.env.TARO_ENV}`,
    plugins: [],
    defineConstants: {},
    copy: { patterns: [], options: {} },
    framework: 'react',
    compiler: 'webpack5',
    cache: { enable: false },
    alias: { '@': path.resolve(__dirname, '..', 'src'), '@contract': path.resolve(__dirname, '..', 'types') },
    mini: {
      compile: { include: [path.resolve(__dirname, '..', 'types')] },
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false },
        './config/postcss-drop-rtl.js': { enable: true, config: {} },
      },
    },
    h5: {
      publicPath: '/',
      staticDirectory: 'static',
      compile: { include: [path.resolve(__dirname, '..', 'types')] },
      output: {
        filename: 'js/[name].[hash:8].js',
        chunkFilename: 'js/[name].[chunkhash:8].js',
      },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[hash].css',
        chunkFilename: 'css/[name].[chunkhash].css',
      },
      // Images too big to inline keep their folder and gain a content hash, so the host can let browsers keep
      // them for a year like the scripts (cloudfunctions/hosts/static-app.ts).
      imageUrlLoaderOption: {
        name: (filename: string) =>
          filename.replace(/^src\//, 'static/images/').replace(/(\.\w+)$/, '.[contenthash:8]$1'),
      },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: { enable: false },
        './config/postcss-drop-rtl.js': { enable: true, config: {} },
      },
      // Taro splits only the first screen's chunks, so every page chunk would carry its own copy of the
      // kit, Taro's components and the libraries they use. Modules from node_modules that pages share go
      // into shared chunks, one per set of pages that use them, so each page downloads only what it needs.
      webpackChain(chain) {
        const splitChunks = chain.optimization.get('splitChunks');
        chain.optimization.splitChunks({
          ...splitChunks,
          cacheGroups: {
            ...splitChunks.cacheGroups,
            sharedVendors: {
              test: /[\\/]node_modules[\\/]/,
              chunks: 'async',
              minChunks: 2,
              minSize: 10000,
              priority: 200,
              reuseExistingChunk: true,
            },
          },
        });
        // One module per Taro component, so a page downloads the components it shows (see the loader).
        chain.module
          .rule('splitTaroComponents')
          .test(/@tarojs[\\/]components[\\/]lib[\\/]react[\\/]components\.js$/)
          .enforce('pre')
          .use('splitTaroComponents')
          .loader(path.join(__dirname, 'taro-components-loader.js'));
        // Taro's request API imports polyfills for fetch and AbortController; every browser the build targets
        // (browserslist: full ES module support) has both, so the first screen need not download them. It also
        // imports a JSONP client for its `jsonp` option, which the app never sets (it calls its own host).
        chain.merge({
          resolve: {
            alias: {
              'whatwg-fetch': false,
              'abortcontroller-polyfill/dist/abortcontroller-polyfill-only': false,
              'jsonp-retry': false,
            },
          },
        });
        // Taro's Swiper imports the slider with every module; it gets only the ones it drives (see the file).
        // The slider's list of modules only re-exports them, so the ones not named stay out of the build.
        chain.resolve.alias.set('swiper/bundle$', path.join(__dirname, 'h5-swiper.js'));
        chain.module
          .rule('swiperModuleList')
          .test(/[\\/]swiper[\\/]modules[\\/]index\.mjs$/)
          .merge({ sideEffects: false });
      },
    },
  };
  return merge({}, baseConfig, process.env.NODE_ENV === 'development' ? devConfig : prodConfig);
});
