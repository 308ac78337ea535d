import { readFileSync } from 'node:fs';
import path from 'node:path';
import { require as requireTypeScript } from 'tsx/cjs/api';
import type { Compiler } from 'webpack';

/**
 * index.html draws the 首页's greeting and first banner from the answer it fetched, before the app's code has
 * run (src/index.html). Every page sets its theme's CSS variables on the kit's ConfigProvider at run time
 * (src/components/page-shell.tsx), so that early drawing would have none: this writes the standard theme's
 * variables into index.html, named as the kit names them, as a JSON block the boot script reads, with the
 * kit's arrow icon the banner's action shows.
 */
const INDEX_HTML = 'index.html';
export const FIRST_SCREEN_THEME_ID = 'first-screen-theme';

/** `nutuiColorPrimaryStop1` → `--nutui-color-primary-stop-1`, as the kit's ConfigProvider turns its keys. */
export function cssVariableName(key: string): string {
  const words = key.match(/[A-Z]?[a-z]+|[A-Z]|[0-9]+/g) ?? [key];
  return `--${words.map((word) => word.toLowerCase()).join('-')}`;
}

/** A theme as pairs of CSS variable and value. */
export function themeVariables(theme: Record<string, string>): Array<[string, string]> {
  return Object.entries(theme).map(([key, value]) => [cssVariableName(key), value]);
}

/** The app's standard theme. Taro compiles only config/ when it loads this file, so it is compiled on its own. */
function standardTheme(): Record<string, string> {
  const themes = requireTypeScript(
    '../src/theme/theme-variables.ts',
    __filename,
  ) as typeof import('../src/theme/theme-variables');
  return themes.pageThemes.standard;
}

/** The image of the kit's ArrowRight icon, as the icon's own module holds it. */
export function arrowRightImage(): string {
  const file = path.join(__dirname, '..', 'node_modules/@nutui/icons-react-taro/dist/es/icons/ArrowRight.js');
  const image = /svg64: "(data:image\/svg\+xml;base64,[A-Za-z0-9+/=]+)"/.exec(readFileSync(file, 'utf8'))?.[1];
  if (!image) throw new Error(`config/first-screen-theme.ts does not know this shape of ${file}`);
  return image;
}

export class FirstScreenThemePlugin {
  apply(compiler: Compiler): void {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap('FirstScreenThemePlugin', (compilation) => {
      compilation.hooks.processAssets.tap(
        // Beside the first screen's list of files, before anything compresses index.html.
        { name: 'FirstScreenThemePlugin', stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_INLINE + 1 },
        (assets) => {
          const page = assets[INDEX_HTML];
          if (!page) return;
          const html = page.source().toString();
          if (!html.includes('<script')) throw new Error('index.html has no script to draw the first screen');
          // `<` never appears in the values; escaped anyway, so the block can never close early.
          const look = { variables: themeVariables(standardTheme()), arrowRight: arrowRightImage() };
          const json = JSON.stringify(look).replace(/</g, '\\u003c');
          const block = `<script type="application/json" id="${FIRST_SCREEN_THEME_ID}">${json}</script>`;
          compilation.updateAsset(INDEX_HTML, new sources.RawSource(html.replace('<script', `${block}<script`)));
        },
      );
    });
  }
}
