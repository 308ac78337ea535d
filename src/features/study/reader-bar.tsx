import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button, SafeArea } from '@nutui/nutui-react-taro';
import { Edit, Share, Star, StarFill } from '@nutui/icons-react-taro';
import { copyText } from '@/lib/platform/wechat-extras';
import { colors } from '@/theme/tokens';

/** The reader's fixed bottom bar: 收藏, 分享 and 写心得. */
export function ReaderBar({
  favorite,
  canWrite,
  onFavorite,
  onWrite,
}: {
  favorite: boolean;
  canWrite: boolean;
  onFavorite: () => void;
  onWrite: () => void;
}) {
  const weapp = process.env.TARO_ENV === 'weapp';
  // In the browser there is no share sheet: the link goes to the clipboard to paste into a chat.
  const copyLink = async () => {
    const copied = await copyText(window.location.href);
    void Taro.showToast({ title: copied ? '链接已复制，可以发到群里' : '复制失败，请从地址栏复制', icon: 'none' });
  };
  return (
    <View className="reader-bar" data-testid="reader-bar">
      <View className="reader-bar__row">
        <View
          className="reader-bar__icon"
          role="button"
          aria-label={favorite ? '取消收藏' : '收藏'}
          onClick={onFavorite}
        >
          {favorite ? <StarFill size={22} color={colors.gold} /> : <Star size={22} color={colors.text2} />}
          <Text>{favorite ? '已收藏' : '收藏'}</Text>
        </View>
        <Button
          fill="outline"
          type="primary"
          className="reader-bar__share"
          icon={<Share size={16} />}
          openType={weapp ? 'share' : undefined}
          onClick={weapp ? undefined : () => void copyLink()}
        >
          分享
        </Button>
        {canWrite ? (
          <Button type="primary" className="reader-bar__write" icon={<Edit size={16} />} onClick={onWrite}>
            写心得
          </Button>
        ) : null}
      </View>
      <SafeArea position="bottom" />
    </View>
  );
}
