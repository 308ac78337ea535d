import Taro from '@tarojs/taro';
import { explainPrivacyRefusal, isPrivacyRefusal } from '@/lib/platform/privacy';
import { drawPoster, POSTER_HEIGHT, POSTER_WIDTH, type PosterContent, type PosterPen } from './poster';

const isH5 = process.env.TARO_ENV === 'h5';
/** The poster's pixels per CSS px: sharp on phone screens and in the photo album. */
const SCALE = 2;
export const POSTER_CANVAS_ID = 'learning-poster';

interface PosterCanvas {
  width: number;
  height: number;
  getContext(kind: '2d'): unknown;
}

function paint(canvas: PosterCanvas, content: PosterContent): boolean {
  canvas.width = POSTER_WIDTH * SCALE;
  canvas.height = POSTER_HEIGHT * SCALE;
  const context = canvas.getContext('2d') as (PosterPen & { scale(x: number, y: number): void }) | null;
  if (!context) return false;
  context.scale(SCALE, SCALE);
  drawPoster(context, content);
  return true;
}

/** In the browser: a canvas of its own, never shown, read back as a PNG data URL. */
function browserPoster(content: PosterContent): string | null {
  const canvas = document.createElement('canvas');
  return paint(canvas, content) ? canvas.toDataURL('image/png') : null;
}

/** In WeChat: the page's hidden `<canvas type="2d" id="learning-poster">`, saved as a temporary PNG file. */
function weappPoster(content: PosterContent): Promise<string | null> {
  return new Promise((resolve) => {
    Taro.createSelectorQuery()
      .select(`#${POSTER_CANVAS_ID}`)
      .fields({ node: true })
      .exec((found: Array<{ node?: PosterCanvas } | null>) => {
        const canvas = found?.[0]?.node;
        if (!canvas || !paint(canvas, content)) return resolve(null);
        Taro.canvasToTempFilePath({
          canvas: canvas as never,
          fileType: 'png',
          success: ({ tempFilePath }) => resolve(tempFilePath),
          fail: () => resolve(null),
        });
      });
  });
}

/** The poster as an image the page can show: a data URL in the browser, a temporary file in WeChat. */
export function renderPoster(content: PosterContent): Promise<string | null> {
  return isH5 ? Promise.resolve(browserPoster(content)) : weappPoster(content);
}

/** Saves the poster: to the photo album in WeChat, as a download in the browser. */
export async function savePoster(image: string, fileName: string): Promise<boolean> {
  if (isH5) {
    const link = document.createElement('a');
    link.href = image;
    link.download = fileName;
    link.click();
    return true;
  }
  try {
    await Taro.saveImageToPhotosAlbum({ filePath: image });
    return true;
  } catch (error) {
    if (isPrivacyRefusal(error)) explainPrivacyRefusal('没有保存到相册。');
    else void Taro.showToast({ title: '没有保存，请在设置中允许保存到相册后再试', icon: 'none' });
    return false;
  }
}
