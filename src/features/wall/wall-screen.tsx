import dayjs from 'dayjs';
import { Text, View } from '@tarojs/components';
import type { WallView } from '@contract/schemas/wall';
import { UNIT_KIND_LABELS } from '@contract/labels';
import { clockTimeText, shortDateText } from '@/lib/format';
import { WallCharts } from './wall-charts';
import { WallClock } from './wall-clock';
import { WallFigures } from './wall-figures';

/** The whole 大屏 at 16:9: the unit and the clock on a red band, six figures, then four panels. */
export function WallScreen({ view, stale, chartHeight }: { view: WallView; stale: boolean; chartHeight: number }) {
  const range = `${shortDateText(dayjs(view.from).valueOf(), view.serverNow)}至${shortDateText(dayjs(view.to).valueOf(), view.serverNow)}`;
  return (
    <View className="wall" data-testid="wall">
      <View className="wall-header">
        <View className="wall-header__title">
          <Text className="wall-header__unit">{view.unitName}</Text>
          <Text className="wall-header__sub">{`${UNIT_KIND_LABELS[view.kind]} · 党建工作数据大屏 · 本季度（${range}）`}</Text>
        </View>
        <WallClock />
      </View>
      <WallFigures view={view} />
      <WallCharts view={view} chartHeight={chartHeight} />
      <View className="wall-footer">
        <Text>{`数据更新于 ${clockTimeText(view.serverNow)}，每分钟自动刷新`}</Text>
        {stale ? <Text className="wall-footer__stale">网络不稳定，正在显示上次的数据</Text> : null}
        <Text>{`链接有效期至 ${shortDateText(view.expiresAt, view.serverNow)} ${clockTimeText(view.expiresAt)}`}</Text>
      </View>
    </View>
  );
}
