import path from 'node:path';
import simulate from 'miniprogram-simulate';

/**
 * Runs the built WeChat mini-program (dist/weapp) inside miniprogram-simulate: a small shim stands in for
 * `App`/`getApp`/`Page` (which only exist in WeChat), so Taro's real output loads, renders through
 * base.wxml with the official wxml compiler, and reacts to taps.
 */
export const WEAPP_ROOT = path.resolve('dist/weapp');

type AnyRecord = Record<string, any>;
let appOptions: AnyRecord | null = null;

export interface Navigation {
  redirects: string[];
  navigations: string[];
  /** `wx.reLaunch` (sign-in done, sign-out) and `wx.switchTab` (a tab page), in the order they came. */
  relaunches: string[];
  tabs: string[];
  /** What the page passed to `wx.updateShareMenu`. */
  shareMenus: Array<Record<string, unknown>>;
}

export const navigation: Navigation = { redirects: [], navigations: [], relaunches: [], tabs: [], shareMenus: [] };

function installShim(): void {
  const g = global as AnyRecord;
  g.App = (options: AnyRecord) => {
    appOptions = options;
  };
  g.getApp = () => appOptions;
  g.getCurrentPages = () => [];
  g.Page = (config: AnyRecord) => {
    const methods: AnyRecord = {};
    for (const [key, value] of Object.entries(config)) if (typeof value === 'function') methods[key] = value;
    g.Component({
      data: config.data ?? {},
      methods,
      lifetimes: {
        attached(this: AnyRecord) {
          this.route = g.__currentRoute;
          this.options = g.__currentQuery ?? {};
          config.onLoad?.call(this, this.options);
          config.onShow?.call(this);
          config.onReady?.call(this);
        },
        detached(this: AnyRecord) {
          config.onUnload?.call(this);
        },
      },
    });
  };
  // simulate's storage calls do nothing; the app relies on storage (长辈模式, sessions), so keep it in memory.
  const storage = new Map<string, unknown>();
  g.wx.setStorageSync = (key: string, value: unknown) => void storage.set(key, value);
  g.wx.getStorageSync = (key: string) => (storage.has(key) ? storage.get(key) : '');
  g.wx.removeStorageSync = (key: string) => void storage.delete(key);
  g.wx.clearStorageSync = () => storage.clear();
  g.wx.updateShareMenu = (options: AnyRecord) => {
    navigation.shareMenus.push(options);
    options.success?.({});
  };
  g.wx.redirectTo = ({ url }: { url: string }) => void navigation.redirects.push(url);
  g.wx.navigateTo = ({ url }: { url: string }) => void navigation.navigations.push(url);
  g.wx.reLaunch = ({ url }: { url: string }) => void navigation.relaunches.push(url);
  g.wx.switchTab = ({ url }: { url: string }) => void navigation.tabs.push(url);
  // simulate has no layout queries; kit widgets that measure themselves (Tabs, Popup) read an empty layout.
  g.wx.createSelectorQuery = () => {
    const results: unknown[] = [];
    const query = {
      in: () => query,
      select: () => ({
        boundingClientRect: () => (results.push({ top: 0, left: 0, right: 0, bottom: 0, width: 0, height: 0 }), query),
      }),
      selectAll: () => ({ boundingClientRect: () => (results.push([]), query) }),
      selectViewport: () => ({ scrollOffset: () => (results.push({ scrollTop: 0, scrollLeft: 0 }), query) }),
      exec: (callback?: (found: unknown[]) => void) => setTimeout(() => callback?.(results), 0),
    };
    return query;
  };
}

/** Loads app.js once (Taro's runtime, React, the app's launch), with the shim in place. */
export function loadWeappApp(): void {
  if (appOptions) return;
  installShim();
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require(path.join(WEAPP_ROOT, 'app.js'));
  // App() ran inside the require above; read it back through getApp, as WeChat code would.
  const app = (global as AnyRecord).getApp() as AnyRecord;
  app.onLaunch?.call(app, { path: 'pages/home/index', query: {} });
  app.onShow?.call(app, { path: 'pages/home/index', query: {} });
}

/**
 * A page's chunk runs once (webpack keeps its modules), so `Page()` registers it once: later renders of the
 * same route reuse the registered component and get a fresh instance each time.
 */
const loadedPages = new Map<string, string>();

/** Renders one page of the built app (with its query, as `onLoad` receives it) and attaches it to the jsdom document. */
export function renderPage(route: string, query: Record<string, string> = {}) {
  loadWeappApp();
  (global as AnyRecord).__currentRoute = route;
  (global as AnyRecord).__currentQuery = query;
  let id = loadedPages.get(route);
  if (!id) {
    id = simulate.load(path.join(WEAPP_ROOT, route), route.replace(/\W/g, '-'), { rootPath: WEAPP_ROOT });
    loadedPages.set(route, id);
  }
  const page = simulate.render(id);
  const parent = document.createElement('parent-wrapper');
  page.attach(parent);
  return page;
}

/** Waits until `predicate` holds for the page's rendered text, or fails after `timeoutMs`. */
export async function waitForText(page: { dom?: Element }, predicate: (text: string) => boolean, timeoutMs = 5000) {
  const started = Date.now();
  for (;;) {
    const text = page.dom?.textContent ?? '';
    if (predicate(text)) return text;
    if (Date.now() - started > timeoutMs) throw new Error(`timed out; the page shows: ${text.slice(0, 500)}`);
    await simulate.sleep(20);
  }
}

type Rendered = ReturnType<typeof simulate.render>;

/** Dispatches an event on the first element matching `selector` (j-component scopes class names itself). */
export function fire(page: Rendered, selector: string, event: string, detail?: unknown): void {
  const target = page.querySelector(selector);
  if (!target) throw new Error(`nothing matches ${selector}`);
  target.dispatchEvent(event, detail === undefined ? {} : { detail });
}
