import { useRef } from 'react';
import Taro from '@tarojs/taro';
import { Uploader } from '@nutui/nutui-react-taro';
import { Failure } from '@nutui/icons-react-taro';
import { call } from '@/lib/api-client';
import { readPickedImage, type PickedImage } from './read-image';

type Uploaded = { fileId: string; path: string };

/**
 * Up to three images for a post, uploaded as soon as they are picked (each passes the image check on the
 * server); reports the stored file ids. A refused image shows as failed, with the server's reason.
 */
export function ImagePicker({ onChange }: { onChange: (fileIds: string[]) => void }) {
  const uploaded = useRef<Uploaded[]>([]);
  const report = () => onChange(uploaded.current.map((image) => image.fileId));
  const upload = async (file: File) => {
    const picked = file as unknown as PickedImage;
    const { name, base64 } = await readPickedImage(picked);
    const result = await call('forum.upload', { name, content: base64 });
    if (!result.ok) {
      void Taro.showToast({ title: result.error.message, icon: 'none', duration: 3000 });
      throw new Error(result.error.message);
    }
    uploaded.current = [
      ...uploaded.current,
      { fileId: result.data.fileId, path: picked.tempFilePath ?? picked.path ?? '' },
    ];
    report();
    return { url: result.data.url };
  };
  return (
    <Uploader
      maxCount={3}
      multiple
      maxFileSize={1_000_000}
      mediaType={['image']}
      sizeType={['compressed']}
      uploadLabel="添加图片"
      // The kit's grey mark is hard to see on a photo; a larger dark one on a white disc reads on any picture.
      deleteIcon={<Failure size={24} color="#1F1F1F" className="forum-image-remove" />}
      upload={upload}
      onOversize={() => void Taro.showToast({ title: '图片太大，请选择 1 MB 以内的图片', icon: 'none' })}
      onDelete={(file) => {
        uploaded.current = uploaded.current.filter((image) => image.path !== file.path);
        report();
      }}
    />
  );
}
