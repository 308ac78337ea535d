import Taro from '@tarojs/taro';

/** Opens a stored material: a photo in the image viewer, a PDF in the platform's document viewer or a new tab. */
export async function openMaterial(url: string, fileId: string): Promise<void> {
  const image = /\.(jpe?g|png|webp)$/i.test(fileId);
  if (process.env.TARO_ENV === 'h5') {
    window.open(url, '_blank');
    return;
  }
  if (image) {
    await Taro.previewImage({ urls: [url], current: url });
    return;
  }
  try {
    const { tempFilePath } = await Taro.downloadFile({ url });
    await Taro.openDocument({ filePath: tempFilePath, showMenu: true });
  } catch {
    void Taro.showToast({ title: '文件打开失败，请稍后重试', icon: 'none' });
  }
}
