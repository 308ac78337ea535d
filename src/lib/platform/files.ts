import Taro from '@tarojs/taro';
import { explainPrivacyRefusal, isPrivacyRefusal } from './privacy';

/**
 * Picking a file to upload and saving a file the server sent. In WeChat a file comes from a chat
 * (`chooseMessageFile`) and a download opens in the document viewer; in the browser both use the page.
 */
export interface PickedFile {
  name: string;
  base64: string;
}

function pickInBrowser(extensions: string[]): Promise<PickedFile | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = extensions.map((ext) => `.${ext}`).join(',');
    input.onchange = () => {
      const file = input.files?.[0];
      if (!file) return resolve(null);
      const reader = new FileReader();
      reader.onload = () => resolve({ name: file.name, base64: String(reader.result).split(',')[1] ?? '' });
      reader.onerror = () => resolve(null);
      reader.readAsDataURL(file);
    };
    input.click();
  });
}

async function pickInWechat(extensions: string[]): Promise<PickedFile | null> {
  try {
    const { tempFiles } = await Taro.chooseMessageFile({ count: 1, type: 'file', extension: extensions });
    const file = tempFiles[0];
    if (!file) return null;
    const data = Taro.getFileSystemManager().readFileSync(file.path, 'base64');
    return { name: file.name, base64: String(data) };
  } catch (error) {
    if (isPrivacyRefusal(error)) explainPrivacyRefusal('没有打开聊天文件，未选择任何文件。');
    return null;
  }
}

export function pickFile(extensions: string[]): Promise<PickedFile | null> {
  return process.env.TARO_ENV === 'h5' ? pickInBrowser(extensions) : pickInWechat(extensions);
}

export async function saveFile(fileName: string, base64: string, mimeType: string): Promise<void> {
  if (process.env.TARO_ENV === 'h5') {
    const link = document.createElement('a');
    link.href = `data:${mimeType};base64,${base64}`;
    link.download = fileName;
    link.click();
    return;
  }
  const path = `${Taro.env.USER_DATA_PATH}/${fileName}`;
  Taro.getFileSystemManager().writeFileSync(path, base64, 'base64');
  await Taro.openDocument({ filePath: path, showMenu: true });
}
