import Taro from '@tarojs/taro';

/** 长辈模式 (large text, high contrast) is a per-device choice, kept in local storage. */
const ELDER_MODE_KEY = 'elder-mode';
const listeners = new Set<(enabled: boolean) => void>();

export function readElderMode(): boolean {
  return Taro.getStorageSync(ELDER_MODE_KEY) === true;
}

export function writeElderMode(enabled: boolean): void {
  Taro.setStorageSync(ELDER_MODE_KEY, enabled);
  listeners.forEach((listener) => listener(enabled));
}

export function subscribeElderMode(listener: (enabled: boolean) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
