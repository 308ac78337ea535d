import Taro from '@tarojs/taro';

/** What the kit's Uploader hands to `upload`: a picked image, as the platform's chooser gives it. */
export interface PickedImage {
  tempFilePath?: string;
  path?: string;
  originalFileObj?: Blob & { name?: string };
}

function blobToBase64(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).split(',')[1] ?? '');
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(blob);
  });
}

/** The picked image's name and content as base64, in the browser or in WeChat. */
export async function readPickedImage(file: PickedImage): Promise<{ name: string; base64: string }> {
  const path = file.tempFilePath ?? file.path ?? '';
  if (process.env.TARO_ENV === 'h5') {
    const blob = file.originalFileObj ?? (await (await fetch(path)).blob());
    const name = file.originalFileObj?.name ?? `图片.${blob.type.split('/')[1] ?? 'jpg'}`;
    return { name: /\.(jpe?g|png|webp)$/i.test(name) ? name : `${name}.jpg`, base64: await blobToBase64(blob) };
  }
  const base64 = String(Taro.getFileSystemManager().readFileSync(path, 'base64'));
  const ext = path.split('.').pop()?.toLowerCase() ?? 'jpg';
  return { name: `图片.${['jpg', 'jpeg', 'png', 'webp'].includes(ext) ? ext : 'jpg'}`, base64 };
}
