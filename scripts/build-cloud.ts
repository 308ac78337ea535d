import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { build, type Metafile, type Plugin } from 'esbuild';
import { FUNCTION_MANIFESTS, HEAVY_LIBRARIES, type HeavyLibrary } from '../cloudfunctions/functions/manifest';
import { FUNCTION_NAMES, type FunctionName } from '../types/functions';
import { pureDeclarations } from './lib/pure-declarations';

/**
 * `npm run build:cloud`: bundles each cloud function to dist/cloudfunctions/<name>/ with the
 * package.json and config.json WeChat DevTools uploads. Every cold start requires index.js whole, so it is
 * minified (with index.js.map beside it for stack traces) and holds only what a call may need at once:
 * - wx-server-sdk stays external (WeChat installs it);
 * - the embedded and PostgreSQL store adapters stay out (a cloud function only uses the WeChat database);
 * - the heavy libraries the console loads lazily go to lib/<name>.js beside index.js, only in the functions
 *   whose manifest lists them; elsewhere loading one fails with a message naming the function.
 * Each function bundles only its own route table (cloudfunctions/router/handlers-<name>.ts) and contract
 * (types/contract-<name>.ts); the contract's declarations are marked pure so the schemas it does not reach drop out.
 * `npm run build:cloud -- --analyze` also prints what takes the room in each index.js, by package and folder.
 */
const WX_SERVER_SDK_VERSION = '4.0.2';
const OUT_ROOT = path.resolve('dist/cloudfunctions');
const HEAVY_LIBRARY_PATTERN = new RegExp(`^(${HEAVY_LIBRARIES.join('|')})$`);
const HOST_ONLY_STORES = /^\.\/(embedded|postgres)$/;

const failingModule = (message: string) => ({
  contents: `throw new Error(${JSON.stringify(message)});`,
  loader: 'js' as const,
});

function cloudOnly(name: FunctionName): Plugin {
  const shipped = new Set<string>(FUNCTION_MANIFESTS[name].lazyLibraries);
  return {
    name: 'cloud-only',
    setup(bundler) {
      bundler.onResolve({ filter: HEAVY_LIBRARY_PATTERN }, ({ path: library }) =>
        shipped.has(library)
          ? { path: `./lib/${library}.js`, external: true }
          : { path: library, namespace: 'not-shipped' },
      );
      bundler.onResolve({ filter: HOST_ONLY_STORES }, ({ path: adapter, importer }) =>
        importer.endsWith(path.join('store', 'open-store.ts')) ? { path: adapter, namespace: 'host-only' } : undefined,
      );
      bundler.onLoad({ filter: /.*/, namespace: 'not-shipped' }, ({ path: library }) =>
        failingModule(`${library} is not deployed with the ${name} cloud function: no route of it should load it`),
      );
      bundler.onLoad({ filter: /.*/, namespace: 'host-only' }, ({ path: adapter }) =>
        failingModule(`the ${adapter.slice(2)} store runs only on the HTTP host, not in a cloud function`),
      );
    },
  };
}

const COMMON = {
  bundle: true,
  platform: 'node',
  target: 'node16',
  format: 'cjs',
  minify: true,
  sourcemap: true,
  legalComments: 'none',
  logLevel: 'warning',
} as const;

async function buildLazyLibrary(outDir: string, library: HeavyLibrary): Promise<void> {
  await build({
    ...COMMON,
    stdin: { contents: `module.exports = require(${JSON.stringify(library)});`, resolveDir: process.cwd() },
    outfile: path.join(outDir, 'lib', `${library}.js`),
  });
}

const ANALYZE = process.argv.includes('--analyze');
const ANALYSIS_ROWS = 15;

/** Bytes of index.js per npm package, or per top two folders of the project's own code. */
function sizeReport(name: FunctionName, metafile: Metafile): string {
  const output = Object.values(metafile.outputs).find((candidate) => candidate.entryPoint);
  const bytes = new Map<string, number>();
  for (const [input, { bytesInOutput }] of Object.entries(output?.inputs ?? {})) {
    const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input)?.[1];
    const group = pkg ? `npm:${pkg}` : input.split('/').slice(0, 2).join('/');
    bytes.set(group, (bytes.get(group) ?? 0) + bytesInOutput);
  }
  const rows = [...bytes].sort((a, b) => b[1] - a[1]).slice(0, ANALYSIS_ROWS);
  const lines = rows.map(([group, size]) => `  ${(size / 1024).toFixed(1).padStart(7)} KB  ${group}`);
  return `${name}/index.js: ${((output?.bytes ?? 0) / 1024).toFixed(1)} KB\n${lines.join('\n')}\n`;
}

async function buildFunction(name: FunctionName): Promise<void> {
  const outDir = path.join(OUT_ROOT, name);
  await mkdir(outDir, { recursive: true });
  const manifest = FUNCTION_MANIFESTS[name];
  const { metafile } = await build({
    ...COMMON,
    metafile: ANALYZE,
    entryPoints: [path.resolve('cloudfunctions/functions', `${name}.ts`)],
    outfile: path.join(outDir, 'index.js'),
    external: ['wx-server-sdk'],
    // A lazy library is loaded with require(), not import(): a host that runs the code in a vm context
    // without an import callback would refuse import() at the moment a console route needs the library.
    supported: { 'dynamic-import': false },
    plugins: [cloudOnly(name), pureDeclarations],
    banner: { js: '// Generated by scripts/build-cloud.ts from cloudfunctions/functions; do not edit.' },
  });
  if (metafile) process.stdout.write(sizeReport(name, metafile));
  for (const library of manifest.lazyLibraries) await buildLazyLibrary(outDir, library);
  const packageJson = {
    name,
    version: '1.0.0',
    private: true,
    description: manifest.description,
    main: 'index.js',
    dependencies: { 'wx-server-sdk': WX_SERVER_SDK_VERSION },
  };
  const config = {
    permissions: { openapi: manifest.openapi },
    timeout: manifest.timeoutSeconds,
    triggers: manifest.triggers.map(({ name, type, config: schedule }) => ({ name, type, config: schedule })),
  };
  await writeFile(path.join(outDir, 'package.json'), `${JSON.stringify(packageJson, null, 2)}\n`);
  await writeFile(path.join(outDir, 'config.json'), `${JSON.stringify(config, null, 2)}\n`);
}

async function main(): Promise<void> {
  await rm(OUT_ROOT, { recursive: true, force: true });
  for (const name of FUNCTION_NAMES) await buildFunction(name);
  process.stdout.write(`Built cloud functions ${FUNCTION_NAMES.join(', ')} into ${path.relative('.', OUT_ROOT)}/\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
