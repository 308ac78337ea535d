import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Compiler } from 'webpack';

/**
 * Writes a brotli (`.br`) and a gzip (`.gz`) copy beside every text asset of the H5 build, at the highest
 * settings, once per build: the host sends whichever the browser accepts (cloudfunctions/hosts/static-app.ts)
 * without compressing anything per request. Tiny files are left alone (the headers would outweigh the saving).
 */
const TEXT_ASSET = /\.(js|css|html|svg|json)$/;
const SMALLEST = 1024;

const toBrotli = promisify(brotliCompress);
const toGzip = promisify(gzip);

export class PrecompressPlugin {
  apply(compiler: Compiler): void {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap('PrecompressPlugin', (compilation) => {
      compilation.hooks.processAssets.tapPromise(
        // After every asset is final, index.html included (its generator runs at the inline stage).
        { name: 'PrecompressPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_TRANSFER },
        async (assets) => {
          const texts = Object.keys(assets).filter((name) => TEXT_ASSET.test(name));
          await Promise.all(
            texts.map(async (name) => {
              const content = Buffer.from(assets[name]!.buffer());
              if (content.length < SMALLEST) return;
              const [brotli, gzipped] = await Promise.all([
                toBrotli(content, {
                  params: {
                    [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
                    [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
                  },
                }),
                toGzip(content, { level: 9 }),
              ]);
              compilation.emitAsset(`${name}.br`, new sources.RawSource(brotli));
              compilation.emitAsset(`${name}.gz`, new sources.RawSource(gzipped));
            }),
          );
        },
      );
    });
  }
}
