import { Axis, Chart, Interval, Legend, Line, Point, jsx } from '@antv/f2';
import { colors } from '@/theme/tokens';

/** What F2 draws: an element tree of its own components (not React's). */
export type ChartElement = ReturnType<typeof jsx>;

/** F2's `createElement`; its own typing of element types leaves out the axis component, hence the cast. */
function h(type: unknown, props: object, ...children: unknown[]): ChartElement {
  return jsx(type as Parameters<typeof jsx>[0], props, ...children);
}

/** One bar, slice or point: `label` on the category axis, `value` on the value axis. */
export interface Datum {
  label: string;
  value: number;
}

/** A datum of one of several series drawn together (grouped bars, several lines). */
export interface SeriesDatum extends Datum {
  series: string;
}

/** Slices and series in this order: the Party red first, then colours that stay apart from it and each other. */
export const CHART_PALETTE = [colors.primary, colors.gold, '#3A6EA5', colors.success, '#8E5BA8', '#8C8C8C'];

const LABEL_STYLE = { fontSize: 11, fill: colors.text2 };
const GRID_STYLE = { stroke: colors.divider, lineWidth: 1, lineDash: null };
const LEGEND_PROPS = { nameStyle: { fontSize: 13, fill: colors.text1 }, marker: 'square' };

function categoryAxis(field: string) {
  return h(Axis, { field, style: { label: LABEL_STYLE, line: { stroke: colors.divider } } });
}

function valueAxis(field: string) {
  return h(Axis, { field, style: { label: LABEL_STYLE, grid: GRID_STYLE } });
}

/**
 * Counts never go below zero and are whole: small counts get one tick per unit (0 1 2 3 4, not 0 0.5 1);
 * `max` pins a percentage axis to 100.
 */
function valueScale(data: Datum[], max?: number) {
  if (max !== undefined) return { value: { min: 0, max, tickCount: 5 } };
  const largest = Math.max(0, ...data.map((datum) => datum.value));
  return { value: largest <= 4 ? { min: 0, max: 4, tickCount: 5 } : { min: 0, tickCount: 5, nice: true } };
}

/** Columns, one per category; with `horizontal` the bars run left to right (long unit names fit). */
export function barChart(data: Datum[], options: { horizontal?: boolean; max?: number; color?: string } = {}) {
  return h(
    Chart,
    { data, scale: valueScale(data, options.max), coord: { transposed: Boolean(options.horizontal) } },
    categoryAxis('label'),
    valueAxis('value'),
    h(Interval, { x: 'label', y: 'value', color: options.color ?? colors.primary, style: { radius: [3, 3, 0, 0] } }),
  );
}

/** Bars of several series side by side per category, with a legend naming the series. */
export function groupedBarChart(data: SeriesDatum[], options: { horizontal?: boolean; max?: number } = {}) {
  return h(
    Chart,
    { data, scale: valueScale(data, options.max), coord: { transposed: Boolean(options.horizontal) } },
    h(Legend, { position: 'top', style: { justifyContent: 'flex-start' }, ...LEGEND_PROPS }),
    categoryAxis('label'),
    valueAxis('value'),
    h(Interval, { x: 'label', y: 'value', color: { field: 'series', range: CHART_PALETTE }, adjust: 'dodge' }),
  );
}

/** A trend over time: one line per series with a dot on each point. */
export function lineChart(data: SeriesDatum[], options: { max?: number } = {}) {
  const several = new Set(data.map((datum) => datum.series)).size > 1;
  const color = { field: 'series', range: CHART_PALETTE };
  return h(
    Chart,
    { data, scale: valueScale(data, options.max) },
    several ? h(Legend, { position: 'top', style: { justifyContent: 'flex-start' }, ...LEGEND_PROPS }) : null,
    categoryAxis('label'),
    valueAxis('value'),
    h(Line, { x: 'label', y: 'value', color, style: { lineWidth: 2 } }),
    h(Point, { x: 'label', y: 'value', color, size: 3 }),
  );
}

/** Shares of a whole as a ring, the legend beside it. */
export function donutChart(data: Datum[]) {
  return h(
    Chart,
    {
      data: data.map((datum) => ({ ...datum, whole: '全部' })),
      coord: { type: 'polar', transposed: true, innerRadius: 0.6, radius: 0.85 },
      scale: {},
    },
    h(Legend, { position: 'right', ...LEGEND_PROPS }),
    h(Interval, {
      x: 'whole',
      y: 'value',
      adjust: 'stack',
      color: { field: 'label', range: CHART_PALETTE },
      style: { stroke: colors.card, lineWidth: 1 },
    }),
  );
}
