import Taro from '@tarojs/taro';

/** A 2D context sized for the screen: F2 draws in CSS px, the backing store holds `pixelRatio` times more. */
export interface ChartSurface {
  context: CanvasRenderingContext2D;
  width: number;
  height: number;
  pixelRatio: number;
}

interface SizedCanvas {
  width: number;
  height: number;
  getContext(kind: '2d'): CanvasRenderingContext2D | null;
}

/** Sizes the backing store (which also resets the context's transform) and scales drawing to CSS px. */
export function prepareSurface(
  canvas: SizedCanvas,
  width: number,
  height: number,
  pixelRatio: number,
): ChartSurface | null {
  if (width <= 0 || height <= 0) return null;
  canvas.width = Math.round(width * pixelRatio);
  canvas.height = Math.round(height * pixelRatio);
  const context = canvas.getContext('2d');
  if (!context) return null;
  context.scale(pixelRatio, pixelRatio);
  return { context, width, height, pixelRatio };
}

/**
 * WeChat's `<canvas type="2d">` is reached through a selector query for its node; the query runs after the
 * page has applied the render that created it, hence `nextTick`.
 */
export function weappSurface(canvasId: string): Promise<ChartSurface | null> {
  return new Promise((resolve) => {
    Taro.nextTick(() => {
      Taro.createSelectorQuery()
        .select(`#${canvasId}`)
        .fields({ node: true, size: true })
        .exec((found: Array<{ node?: SizedCanvas; width?: number; height?: number } | null>) => {
          const hit = found?.[0];
          if (!hit?.node) return resolve(null);
          const pixelRatio = Taro.getSystemInfoSync().pixelRatio || 2;
          resolve(prepareSurface(hit.node, hit.width ?? 0, hit.height ?? 0, pixelRatio));
        });
    });
  });
}

/** In the browser the canvas element is React's own; its laid-out width decides the chart's. */
export function browserSurface(canvas: HTMLCanvasElement, height: number): ChartSurface | null {
  const width = canvas.getBoundingClientRect().width;
  return prepareSurface(canvas, width, height, window.devicePixelRatio || 1);
}
