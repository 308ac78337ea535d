import type { Compilation, Compiler } from 'webpack';

/**
 * Each page of the H5 app is its own chunk, loaded once the app's code has run and its router has picked the
 * page: a second round of downloads after the first. For the pages a visitor can open first, this writes
 * into index.html which files (scripts and stylesheets) each one loads, as a JSON block the page's boot
 * script reads (src/index.html): it preloads the files of the page it opens, beside the app's own code, and
 * the router's later request for them is served from what has already arrived.
 */
const INDEX_HTML = 'index.html';
const FIRST_SCREEN_CHUNKS_ID = 'first-screen-chunks';

/** `./pages/home/index` → `pages/home/index`, as app.config.ts names its pages. */
function pageOf(request: string | undefined): string {
  return (request ?? '').replace(/^\.\//, '');
}

/** The files of the chunks a page loads, apart from those index.html loads anyway. */
function filesOfPage(compilation: Compilation, page: string, initial: Set<string>, publicPath: string): string[] {
  const files = new Set<string>();
  for (const group of compilation.chunkGroups) {
    if (!group.origins.some((origin) => pageOf(origin.request) === page)) continue;
    for (const chunk of group.chunks) for (const file of chunk.files) if (!initial.has(file)) files.add(file);
  }
  return [...files]
    .filter((file) => /\.(js|css)$/.test(file))
    .sort()
    .map((file) => `${publicPath}${file}`);
}

export class FirstScreenPreloadPlugin {
  constructor(private readonly pages: readonly string[]) {}

  apply(compiler: Compiler): void {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap('FirstScreenPreloadPlugin', (compilation) => {
      compilation.hooks.processAssets.tap(
        // Right after the HTML plugin has written index.html, before anything compresses it.
        { name: 'FirstScreenPreloadPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_INLINE + 1 },
        (assets) => {
          const page = assets[INDEX_HTML];
          if (!page) return;
          const built = new Set(compilation.chunkGroups.flatMap((g) => g.origins.map((o) => pageOf(o.request))));
          const missing = this.pages.filter((name) => !built.has(name));
          if (missing.length > 0)
            throw new Error(`config/prod.ts names first-screen pages the app does not have: ${missing.join(', ')}`);
          const initial = new Set<string>();
          for (const entry of compilation.entrypoints.values())
            for (const chunk of entry.chunks) for (const file of chunk.files) initial.add(file);
          const publicPath = String(compilation.outputOptions.publicPath ?? '/');
          const chunks = Object.fromEntries(
            this.pages.map((name) => [name, filesOfPage(compilation, name, initial, publicPath)]),
          );
          // Data, not code: the browser never runs it, so the CSP needs no hash for it.
          const block = `<script type="application/json" id="${FIRST_SCREEN_CHUNKS_ID}">${JSON.stringify(chunks)}</script>`;
          // Before the page's first script, so its boot script finds it.
          const html = page.source().toString();
          if (!html.includes('<script')) throw new Error('index.html has no script to boot the first screen');
          compilation.updateAsset(INDEX_HTML, new sources.RawSource(html.replace('<script', `${block}<script`)));
        },
      );
    });
  }
}
