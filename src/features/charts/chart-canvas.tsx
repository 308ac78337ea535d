import { useEffect, useMemo, useRef } from 'react';
import { Canvas as WeappCanvas, View } from '@tarojs/components';
import { Canvas as F2Canvas, jsx } from '@antv/f2';
import { useElderMode } from '@/features/elder-mode/use-elder-mode';
import { chartText, withChartText, type ChartText } from './chart-text';
import type { ChartElement } from './specs';
import { browserSurface, weappSurface, type ChartSurface } from './surface';
import './charts.scss';

const isH5 = process.env.TARO_ENV === 'h5';

/** Room around the plot, in CSS px (top, right, bottom, left): the right keeps an axis's last label (100) whole. */
const PADDING = [16, 24, 12, 12];

function draw(surface: ChartSurface, chart: ChartElement): F2Canvas {
  const { props } = jsx(F2Canvas, { ...surface, animate: false, style: { padding: PADDING }, children: chart });
  const canvas = new F2Canvas(props);
  canvas.render();
  return canvas;
}

/**
 * One F2 chart: React (Taro) owns the canvas element — `<canvas type="2d">` on WeChat, a plain `<canvas>` in
 * the browser — and F2 draws the `chart` spec onto its 2D context, again whenever the spec changes. Pass a
 * memoised spec. `label` says in words what the chart shows, for screen readers. In 长辈模式 its words are larger;
 * `text` sets their sizes outright (a 大屏 read from across a room).
 */
export function ChartCanvas({
  canvasId,
  chart,
  height,
  label,
  text,
}: {
  canvasId: string;
  chart: ChartElement;
  height: number;
  label: string;
  text?: ChartText;
}) {
  const browserCanvas = useRef<HTMLCanvasElement | null>(null);
  const [elder] = useElderMode();
  const sized = useMemo(
    () => withChartText(chart, text ?? chartText(elder ? 'elder' : 'standard')),
    [chart, elder, text],
  );
  useEffect(() => {
    let cancelled = false;
    let drawn: F2Canvas | null = null;
    const surface = isH5
      ? Promise.resolve(browserCanvas.current ? browserSurface(browserCanvas.current, height) : null)
      : weappSurface(canvasId);
    void surface.then((ready) => {
      if (!cancelled && ready) drawn = draw(ready, sized);
    });
    return () => {
      cancelled = true;
      drawn?.destroy();
    };
  }, [canvasId, sized, height]);

  return (
    <View className="chart-canvas" style={{ height: `${height}px` }} aria-label={label} data-testid={canvasId}>
      {isH5 ? (
        <canvas ref={browserCanvas} className="chart-canvas__surface" style={{ height: `${height}px` }} />
      ) : (
        <WeappCanvas type="2d" id={canvasId} className="chart-canvas__surface" style={{ height: `${height}px` }} />
      )}
    </View>
  );
}
