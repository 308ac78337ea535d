import { readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import simulate from 'miniprogram-simulate';
import { bindOpenid, DEMO, seededDataDir, TEST_SECRETS } from '../support/demo-store';
import { dispatcherFor, ok } from '../support/dispatcher';
import { wxContext } from '../support/fake-wx-server-sdk';
import { loadWeappApp, renderPage, waitForText, WEAPP_ROOT } from '../support/weapp-harness';

/**
 * The 数据看板 in the WeChat build: F2 ships inside the report subpackage only (not in the main package, not
 * copied into another subpackage), and the page renders in miniprogram-simulate with a `<canvas type="2d">`
 * whose node — found by the selector query the chart asks for — F2 draws on.
 */
jest.mock('wx-server-sdk', () => jest.requireActual('../support/fake-wx-server-sdk'));

type Main = (event: unknown, context?: unknown) => Promise<unknown>;
const F2_MARK = 'Please specify the id, el or context of the chart!';
const BRANCH = 'u-b-office';
let dataDir: string;

/** Draw calls F2 made on the canvas nodes the page's selector queries found, by canvas id. */
const drawn = new Map<string, string[]>();

/** A 2D context that records the calls made on it; text is measured at 8 px a character. */
function recordingContext(calls: string[]): CanvasRenderingContext2D {
  const state: Record<string | symbol, unknown> = {};
  return new Proxy(state, {
    get(target, key) {
      if (key in target) return target[key];
      if (key === 'measureText') return (text: string) => ({ width: String(text).length * 8 });
      if (typeof key === 'symbol' || key === 'then') return undefined;
      return (..._args: unknown[]) => void calls.push(key);
    },
    set(target, key, value) {
      target[key] = value;
      return true;
    },
  }) as unknown as CanvasRenderingContext2D;
}

/** WeChat's selector query with `fields({ node, size })`, answering each `#id` with a 320 × 200 canvas node. */
function canvasQuery() {
  const results: unknown[] = [];
  const query = {
    in: () => query,
    select: (selector: string) => ({
      boundingClientRect: () => (results.push({ top: 0, left: 0, right: 0, bottom: 0, width: 0, height: 0 }), query),
      fields: () => {
        const id = selector.replace(/^#/, '');
        const calls: string[] = [];
        drawn.set(id, calls);
        const context = recordingContext(calls);
        results.push({ node: { width: 0, height: 0, getContext: () => context }, width: 320, height: 200 });
        return query;
      },
    }),
    selectAll: () => ({ boundingClientRect: () => (results.push([]), query) }),
    selectViewport: () => ({ scrollOffset: () => (results.push({ scrollTop: 0, scrollLeft: 0 }), query) }),
    exec: (callback?: (found: unknown[]) => void) => setTimeout(() => callback?.(results), 0),
  };
  return query;
}

beforeAll(async () => {
  const seeded = await seededDataDir();
  dataDir = seeded.dataDir;
  await bindOpenid(seeded.store, DEMO.officeBranchAdmin, 'openid-admin');
  // Seeding writes records without domain events: the reconcile builds the dashboard's aggregates.
  await ok((await dispatcherFor(seeded.store)).system('system.reconcileAggregates'));
  await seeded.store.close();
  Object.assign(process.env, TEST_SECRETS, { DB_DRIVER: 'embedded' });
  process.env.DATA_DIR = dataDir;
  jest.spyOn(console, 'log').mockImplementation(() => {});
  jest.spyOn(console, 'info').mockImplementation(() => {});
  const functions: Record<string, Main> = {
    api: (await import('../../cloudfunctions/functions/api')).main,
    admin: (await import('../../cloudfunctions/functions/admin')).main,
  };
  const wx = (global as any).wx;
  wx.cloud = {
    init: () => {},
    callFunction: async ({ name, data }: { name: string; data: unknown }) => {
      const main = functions[name];
      if (!main) throw new Error(`no cloud function ${name}`);
      return { result: await main(data, {}) };
    },
  };
  loadWeappApp();
  // After the harness's shim, which answers layout queries only.
  wx.createSelectorQuery = canvasQuery;
});

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** The node of Taro's render tree (the page's data) with this id. */
function findNode(tree: unknown, id: string): Record<string, unknown> | null {
  if (!tree || typeof tree !== 'object') return null;
  const node = tree as Record<string, unknown>;
  if (node.uid === id) return node;
  for (const child of Object.values(node)) {
    const found = findNode(child, id);
    if (found) return found;
  }
  return null;
}

/** Every .js file of a folder, recursively. */
function scripts(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return scripts(full);
    return entry.name.endsWith('.js') ? [full] : [];
  });
}

// A library used by two subpackages is copied into both, module by module, so every chart lives in one.
test('F2 is bundled once, in the report subpackage, and nowhere else', () => {
  const holding = scripts(WEAPP_ROOT).filter((file) => readFileSync(file, 'utf8').includes(F2_MARK));
  expect(holding.map((file) => path.relative(WEAPP_ROOT, file))).toEqual([
    expect.stringMatching(/^packages\/report\//),
  ]);
});

test('the dashboard renders in the simulator with 2D canvases that F2 draws on', async () => {
  wxContext.OPENID = 'openid-admin';
  const page = renderPage('packages/report/pages/dashboard/index', { unitId: BRANCH });
  const text = await waitForText(page, (t) => t.includes('党龄分布') && t.includes('三会一课'));
  expect(text).toContain('综合办公室党支部');
  const canvas = page.querySelector('#chart-party-age');
  expect(canvas?.dom?.tagName.toLowerCase()).toBe('wx-canvas');
  // Taro's render data for base.wxml's <canvas>: `p2` is the `type` attribute.
  expect(findNode((page as any).instance?.data, 'chart-party-age')).toMatchObject({ p2: '2d' });
  for (let waited = 0; !drawn.get('chart-party-age')?.includes('fill') && waited < 100; waited += 1)
    await simulate.sleep(20);
  const calls = drawn.get('chart-party-age') ?? [];
  // Scaled for the screen's pixel ratio, then bars filled and axis labels written.
  expect(calls[0]).toBe('scale');
  expect(calls).toEqual(expect.arrayContaining(['fill', 'fillText']));
});
