import { Image, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { Photograph } from '@nutui/icons-react-taro';
import { Field } from '@/components/form';
import { absoluteUrl } from '@/lib/transport';
import { colors } from '@/theme/tokens';

/** The cover as it will look, with change / remove; picking and uploading is the caller's. */
export function CoverField({
  cover,
  onPick,
  onRemove,
  error,
}: {
  cover: { url: string } | null;
  onPick: () => void;
  onRemove: () => void;
  error?: string;
}) {
  return (
    <Field label="封面图（可选）" error={error}>
      <View className="cover-field">
        <View className="cover-field__tile" role="button" aria-label={cover ? '更换封面' : '上传封面'} onClick={onPick}>
          {cover ? (
            <Image className="cover-field__image" src={absoluteUrl(cover.url)} mode="aspectFill" />
          ) : (
            <Photograph size={28} color={colors.text3} />
          )}
        </View>
        <View className="cover-field__actions">
          <Button size="small" fill="outline" onClick={onPick}>
            {cover ? '更换封面' : '上传封面'}
          </Button>
          {cover ? (
            <Button size="small" fill="none" onClick={onRemove}>
              去掉封面
            </Button>
          ) : null}
        </View>
      </View>
    </Field>
  );
}
