import { useEffect } from 'react';

/** The id index.html gives its early drawing of the 首页's greeting and first banner (src/index.html). */
const SHELL_ID = 'first-screen-shell';

/**
 * In the browser, index.html may have drawn the greeting and the first banner from its early answer while the
 * app's code was still downloading, over the whole screen. Once the page has painted (`painted`), the same
 * things lie beneath it, and the drawing goes, uncovering the whole page at once. The mini-program has none.
 */
export function useFirstScreenShellRemoved(painted: boolean): void {
  useEffect(() => {
    if (process.env.TARO_ENV !== 'h5' || !painted) return;
    document.getElementById(SHELL_ID)?.remove();
  }, [painted]);
}
