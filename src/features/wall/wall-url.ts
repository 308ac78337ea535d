import { pageUrl } from '@/lib/pages';

/**
 * The address a meeting room's browser opens. The 大屏 is the H5 app's page; its site is this page's own in the
 * browser, or TARO_APP_H5_BASE (where the HTTP host serves the H5 app) when a link is issued in the mini-program.
 */
export function wallUrl(token: string): string {
  const site =
    process.env.TARO_ENV === 'h5'
      ? `${window.location.origin}${window.location.pathname}`
      : (process.env.TARO_APP_H5_BASE ?? '');
  return `${site}#${pageUrl('reportWall', { token })}`;
}
