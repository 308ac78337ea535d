import TerserPlugin from 'terser-webpack-plugin';
import type Chain from 'webpack-chain';

/**
 * Production builds minify their JavaScript with swc instead of terser: the H5 build takes about a third less
 * CPU time (193 → 123 s measured), the weapp build 70 → 54 s, and both outputs are a little smaller. Taro names
 * its terser step `terserPlugin`; this keeps the step and swaps what it runs. The options say what Taro's own
 * terser options said, in swc's terms.
 */
type MinifyOptions = Parameters<typeof TerserPlugin.swcMinify>[2];

/** The browser build: names of functions kept, as Taro keeps them for H5. */
export const H5_MINIFY: MinifyOptions = {
  compress: {},
  mangle: true,
  keep_fnames: true,
  format: { comments: false },
};

/**
 * The mini-program build: only the rewrites Taro's own terser options allow for WeChat's script engines, and
 * ASCII-only output as they ask.
 */
export const MINI_MINIFY: MinifyOptions = {
  compress: {
    ecma: 5,
    arrows: false,
    collapse_vars: false,
    comparisons: false,
    computed_props: false,
    hoist_funs: false,
    hoist_props: false,
    hoist_vars: false,
    inline: false,
    loops: false,
    negate_iife: false,
    properties: false,
    reduce_funcs: false,
    reduce_vars: false,
    switches: false,
    toplevel: false,
    typeofs: false,
    booleans: true,
    if_return: true,
    sequences: true,
    unused: true,
    conditionals: true,
    dead_code: true,
    directives: false,
    evaluate: true,
  },
  mangle: true,
  format: { comments: false, ascii_only: true },
};

export function minifyWithSwc(chain: Chain, options: MinifyOptions): void {
  chain.optimization
    .minimizer('terserPlugin')
    .tap(([pluginOptions]: TerserPlugin.BasePluginOptions[]) => [
      { ...pluginOptions, minify: TerserPlugin.swcMinify, terserOptions: options },
    ]);
}
