import type { UserConfigExport } from '@tarojs/cli';
import { FirstScreenPreloadPlugin } from './first-screen-preload';
import { FirstScreenThemePlugin } from './first-screen-theme';
import { PrecompressPlugin } from './precompress';
import { H5_MINIFY, MINI_MINIFY, minifyWithSwc } from './swc-minify';

/**
 * The pages a visitor can land on when the H5 app opens: the entry page (app.config.ts lists it first), and
 * sign-in, where it sends anyone without a session.
 */
const FIRST_SCREEN_PAGES = ['pages/home/index', 'pages/login/index'];

export default {
  mini: {
    webpackChain(chain) {
      minifyWithSwc(chain, MINI_MINIFY);
    },
  },
  h5: {
    webpackChain(chain) {
      minifyWithSwc(chain, H5_MINIFY);
      chain.plugin('firstScreenPreload').use(FirstScreenPreloadPlugin, [FIRST_SCREEN_PAGES]);
      chain.plugin('firstScreenTheme').use(FirstScreenThemePlugin);
      chain.plugin('precompress').use(PrecompressPlugin);
    },
  },
} satisfies UserConfigExport<'webpack5'>;
