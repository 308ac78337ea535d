/** The slice of `@tarojs/taro` the tested components touch: local storage, kept in memory. */
const storage = new Map<string, unknown>();

const Taro = {
  getStorageSync: (key: string) => (storage.has(key) ? storage.get(key) : ''),
  setStorageSync: (key: string, value: unknown) => void storage.set(key, value),
  removeStorageSync: (key: string) => void storage.delete(key),
  clearStorageSync: () => storage.clear(),
};

export default Taro;
