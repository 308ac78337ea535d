/** The slice of `@tarojs/taro` the tested components touch: local storage, kept in memory. */
const storage = new Map<string, unknown>();

const Taro = {
  getStorageSync: (key: string) => (storage.has(key) ? storage.get(key) : ''),
  setStorageSync: (key: string, value: unknown) => void storage.set(key, value),
  removeStorageSync: (key: string) => void storage.delete(key),
  clearStorageSync: () => storage.clear(),
  // The component kit asks which platform it runs on when it loads.
  getEnv: () => 'WEB',
  ENV_TYPE: { WEAPP: 'WEAPP', WEB: 'WEB' },
  nextTick: (callback: () => void) => setTimeout(callback, 0),
  /** Toasts the screens showed, newest last. */
  toasts: [] as string[],
  showToast: async ({ title }: { title: string }) => void Taro.toasts.push(title),
};

export default Taro;
// The kit's bundle reads Taro's functions as named exports.
export const { getEnv, ENV_TYPE, nextTick } = Taro;
