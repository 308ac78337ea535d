import { Axis, Legend } from '@antv/f2';
import { chartText, withChartText } from '@/features/charts/chart-text';
import { barChart, donutChart, groupedBarChart, lineChart, type ChartElement } from '@/features/charts/specs';
import { typeScale } from '@/theme/tokens';

/** Every axis label and legend name size in a chart's element tree. */
function textSizes(node: unknown, found: { axis: number[]; legend: number[] } = { axis: [], legend: [] }) {
  if (!node || typeof node !== 'object') return found;
  const { type, props } = node as ChartElement & { props: Record<string, any> };
  if (type === Axis) found.axis.push(props.style.label.fontSize);
  if (type === Legend) found.legend.push(props.nameStyle.fontSize);
  const children = props?.children;
  for (const child of Array.isArray(children) ? children : [children]) textSizes(child, found);
  return found;
}

const data = [
  { label: '党章', value: 52, series: '本月' },
  { label: '党史', value: 90, series: '上月' },
];
const charts = { bars: barChart(data), groups: groupedBarChart(data), line: lineChart(data), donut: donutChart(data) };

test('长辈模式 grows chart words with the type scale, at least 1.25×', () => {
  const standard = chartText('standard');
  const elder = chartText('elder');
  expect(elder.axis).toBeGreaterThanOrEqual(standard.axis * 1.25);
  expect(elder.legend).toBeGreaterThanOrEqual(standard.legend * 1.25);
  expect(elder.axis / standard.axis).toBeCloseTo(typeScale.elder.caption / typeScale.standard.caption, 1);
});

test.each(Object.entries(charts))('every axis and legend of the %s chart takes the mode’s sizes', (_name, chart) => {
  const before = textSizes(chart);
  const elder = textSizes(withChartText(chart, chartText('elder')));
  expect(elder.axis).toEqual(before.axis.map(() => chartText('elder').axis));
  expect(elder.legend).toEqual(before.legend.map(() => chartText('elder').legend));
  expect(elder.axis.length + elder.legend.length).toBeGreaterThan(0);
  // The spec itself is left as built, so the standard mode draws it unchanged.
  expect(textSizes(chart)).toEqual(before);
  expect(textSizes(withChartText(chart, chartText('standard')))).toEqual({
    axis: before.axis.map(() => chartText('standard').axis),
    legend: before.legend.map(() => chartText('standard').legend),
  });
});

test('the rest of the spec is kept: data, scales and marks', () => {
  const resized = withChartText(charts.bars, chartText('elder')) as any;
  expect(resized.props.data).toBe((charts.bars as any).props.data);
  expect(resized.props.scale).toEqual((charts.bars as any).props.scale);
  expect(resized.props.children.map((c: any) => c?.type)).toEqual(
    (charts.bars as any).props.children.map((c: any) => c?.type),
  );
});
