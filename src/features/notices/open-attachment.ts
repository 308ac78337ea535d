import Taro from '@tarojs/taro';
import type { NoticeAttachment } from '@contract/schemas/notices';
import { absoluteUrl } from '@/lib/transport';

/**
 * Opens an attachment: images in the image viewer, documents in WeChat's document viewer after a download;
 * the browser opens the file's address in a new tab and lets itself show or save it.
 */
export async function openAttachment(file: NoticeAttachment & { url: string | null }): Promise<void> {
  if (!file.url) {
    void Taro.showToast({ title: '附件暂时打不开，请稍后再试', icon: 'none' });
    return;
  }
  const url = absoluteUrl(file.url);
  if (file.kind === 'image') {
    await Taro.previewImage({ urls: [url], current: url });
    return;
  }
  if (process.env.TARO_ENV === 'h5') {
    window.open(url, '_blank');
    return;
  }
  try {
    void Taro.showLoading({ title: '正在打开' });
    const { tempFilePath } = await Taro.downloadFile({ url });
    const fileType = file.name.split('.').pop()?.toLowerCase() as 'pdf' | 'doc' | 'docx' | 'xls' | 'xlsx';
    await Taro.openDocument({ filePath: tempFilePath, fileType, showMenu: true });
  } catch {
    void Taro.showToast({ title: '附件没有打开，请检查网络后重试', icon: 'none' });
  } finally {
    void Taro.hideLoading();
  }
}
