import Taro from '@tarojs/taro';

const MESSAGE = '您填写的内容还没有保存，确定离开吗？';

/**
 * Asks before leaving a page with unsaved changes: WeChat's own dialog on the back button in the
 * mini-program, the browser's prompt on H5. Safe to call on every render; it only acts on changes.
 */
export function guardLeaving(dirty: boolean): () => void {
  if (process.env.TARO_ENV === 'h5') {
    if (!dirty) return () => undefined;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = MESSAGE;
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }
  if (dirty) void Taro.enableAlertBeforeUnload?.({ message: MESSAGE });
  else void Taro.disableAlertBeforeUnload?.();
  return () => void (dirty ? Taro.disableAlertBeforeUnload?.() : undefined);
}
