import { useEffect } from 'react';
import Taro from '@tarojs/taro';

/** The 首页 tab's red count of unread 通知公告; the home passes what me.home says. */
export function useNoticeBadge(unread: number | undefined) {
  useEffect(() => {
    if (unread === undefined) return;
    const done = () => undefined;
    if (unread > 0) Taro.setTabBarBadge({ index: 0, text: unread > 99 ? '99+' : String(unread) }).catch(done);
    else Taro.removeTabBarBadge({ index: 0 }).catch(done);
  }, [unread]);
}
