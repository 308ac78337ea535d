import { RichText, ScrollView, View } from '@tarojs/components';
import { Button, Popup } from '@nutui/nutui-react-taro';
import { blocksToHtml, type Block } from '@/features/study/blocks';
import { absoluteImages } from '@/lib/transport';
import '@/features/study/study.scss';

const FILE_REF = /src="zhdj-file:([^"]+)"/g;

/** The body as the member's reader shows it, with uploaded images at their current addresses. */
export function previewHtml(blocks: Block[], fileUrls: Record<string, string>): string {
  return absoluteImages(blocksToHtml(blocks).replace(FILE_REF, (_match, id: string) => `src="${fileUrls[id] ?? ''}"`));
}

export function ContentPreview({
  open,
  title,
  blocks,
  fileUrls,
  onClose,
}: {
  open: boolean;
  title: string;
  blocks: Block[];
  fileUrls: Record<string, string>;
  onClose: () => void;
}) {
  return (
    <Popup visible={open} position="bottom" round closeable title="预览：党员看到的样子" onClose={onClose}>
      <ScrollView scrollY className="content-preview">
        <View className="content-preview__title">{title || '（还没有标题）'}</View>
        <View className="reader__body">
          <RichText nodes={previewHtml(blocks, fileUrls)} />
        </View>
        <Button block type="primary" fill="outline" onClick={onClose}>
          返回编辑
        </Button>
      </ScrollView>
    </Popup>
  );
}
