import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { ArrowRight, Notice } from '@nutui/icons-react-taro';
import type { MeHome } from '@contract/schemas/home';
import { call } from '@/lib/api-client';
import { whenText } from '@/lib/format';
import { colors } from '@/theme/tokens';

/** The open state of the notices inbox, and marking them read when it opens. */
export function useNoticesInbox(onRead: () => void) {
  const [open, setOpen] = useState(false);
  const show = () => {
    setOpen(true);
    void call('me.noticesRead', {}).then((result) => {
      if (result.ok) onRead();
    });
  };
  return { open, show, hide: () => setOpen(false) };
}

/** The newest unread notice in one line (a notice bar that does not scroll); tapping opens the inbox. */
export function HomeNoticeBar({ notices, onOpen }: { notices: MeHome['notices']; onOpen: () => void }) {
  if (notices.unread === 0 || !notices.latest) return null;
  const more = notices.unread > 1 ? `（共 ${notices.unread} 条未读）` : '';
  return (
    <View className="home-notice" data-testid="home-notice" role="link" onClick={onOpen}>
      <Notice size={16} color={colors.gold} />
      <Text className="home-notice__text">{`${notices.latest.title} · ${whenText(notices.latest.at)}${more}`}</Text>
      <ArrowRight size={12} color={colors.goldText} />
    </View>
  );
}

export { NoticesInbox } from './notices-inbox';
