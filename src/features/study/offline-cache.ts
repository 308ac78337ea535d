import Taro from '@tarojs/taro';
import type { ContentDetail } from '@contract/schemas/study';

/** The last few items read, kept on the phone so they open without a network (地铁里、山区里). */
const KEY = 'study-offline';
const KEEP = 5;

function read(): ContentDetail[] {
  try {
    const saved: unknown = Taro.getStorageSync(KEY);
    return Array.isArray(saved) ? (saved as ContentDetail[]) : [];
  } catch {
    return [];
  }
}

export function keepForOffline(detail: ContentDetail): void {
  const rest = read().filter((item) => item.contentId !== detail.contentId);
  Taro.setStorageSync(KEY, [detail, ...rest].slice(0, KEEP));
}

export function offlineCopy(contentId: string): ContentDetail | null {
  return read().find((item) => item.contentId === contentId) ?? null;
}
