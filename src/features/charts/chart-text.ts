import { Axis, Legend } from '@antv/f2';
import { typeScale, type ThemeMode } from '@/theme/tokens';
import type { ChartElement } from './specs';

/** Font sizes of a chart's words, in CSS px: axis labels and legend names. */
export interface ChartText {
  axis: number;
  legend: number;
}

/** The standard sizes, grown in 长辈模式 by the same ratio as the type scale's captions (≥ 1.25×). */
const STANDARD: ChartText = { axis: 11, legend: 13 };
const ELDER_RATIO = typeScale.elder.caption / typeScale.standard.caption;

export function chartText(mode: ThemeMode): ChartText {
  if (mode === 'standard') return STANDARD;
  return { axis: Math.round(STANDARD.axis * ELDER_RATIO), legend: Math.round(STANDARD.legend * ELDER_RATIO) };
}

type Node = ChartElement | null | undefined | false;

/**
 * The chart with its axis labels and legend names at `text`'s sizes: specs are built once at the standard
 * sizes, and the canvas resizes their words for the reader's mode without each spec knowing the mode.
 */
export function withChartText(chart: ChartElement, text: ChartText): ChartElement {
  return resize(chart, text) as ChartElement;
}

function resize(node: Node, text: ChartText): Node {
  if (!node || typeof node !== 'object') return node;
  const props = (node as { props?: Record<string, unknown> }).props ?? {};
  let next = props;
  if (node.type === Axis) {
    const style = (props.style ?? {}) as { label?: object };
    next = { ...props, style: { ...style, label: { ...style.label, fontSize: text.axis } } };
  } else if (node.type === Legend) {
    next = { ...props, nameStyle: { ...(props.nameStyle as object), fontSize: text.legend } };
  }
  if (props.children !== undefined) {
    const children = props.children as Node | Node[];
    next = {
      ...next,
      children: Array.isArray(children) ? children.map((child) => resize(child, text)) : resize(children, text),
    };
  }
  return next === props ? node : ({ ...node, props: next, _cache: {} } as ChartElement);
}
