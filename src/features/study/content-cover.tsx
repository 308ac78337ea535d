import { Image, Text, View } from '@tarojs/components';
import { CONTENT_KIND_LABELS, type ContentKind } from '@contract/labels';
import { absoluteUrl } from '@/lib/transport';

/** A card's picture: the cover when there is one, else a red gradient that names the kind (图文, 视频…). */
export function ContentCover({ coverUrl, kind }: { coverUrl: string | null; kind: ContentKind }) {
  if (coverUrl) return <Image className="study-cover" src={absoluteUrl(coverUrl)} mode="aspectFill" />;
  return (
    <View className={`study-cover study-cover--blank study-cover--${kind}`}>
      <Text className="study-cover__kind">{CONTENT_KIND_LABELS[kind]}</Text>
    </View>
  );
}
