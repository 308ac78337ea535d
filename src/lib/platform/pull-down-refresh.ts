import Taro, { usePullDownRefresh } from '@tarojs/taro';

/**
 * Reloads when the user pulls the page down, and folds the spinner away once the data is back. Fires
 * only on pages whose config sets `enablePullDownRefresh`; every data hook on such a page reloads.
 */
export function useReloadOnPullDown(reload: () => Promise<void>): void {
  usePullDownRefresh(() => {
    void reload().finally(() => Taro.stopPullDownRefresh());
  });
}
