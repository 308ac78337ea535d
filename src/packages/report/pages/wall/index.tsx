import { useEffect, useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { PageShell } from '@/components/page-shell';
import { useWallFigures } from '@/features/wall/use-wall-figures';
import { WallMessage } from '@/features/wall/wall-message';
import { WallScreen } from '@/features/wall/wall-screen';
import '@/features/wall/wall.scss';

/** Each chart takes a quarter of the screen's height (two rows of panels), whatever the room's screen is. */
const chartHeightNow = () => Math.max(160, Math.round(Taro.getWindowInfo().windowHeight * 0.2));

function useChartHeight(): number {
  const [height, setHeight] = useState(chartHeightNow);
  useEffect(() => {
    if (process.env.TARO_ENV !== 'h5') return;
    const onResize = () => setHeight(chartHeightNow());
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  return height;
}

/** 数据大屏: a unit's figures for a meeting room's screen, opened without signing in by an admin's link. */
export default function WallPage() {
  const token = useRouter().params.token ?? '';
  const state = useWallFigures(token);
  const chartHeight = useChartHeight();
  return (
    <PageShell>
      {state.status === 'ready' ? (
        <WallScreen view={state.data} stale={state.stale} chartHeight={chartHeight} />
      ) : state.status === 'loading' ? (
        <WallMessage text="正在载入数据…" />
      ) : state.status === 'invalid' ? (
        <WallMessage text={state.message} hint="大屏链接有有效期，管理员可在“数据看板 → 大屏链接”中重新生成。" />
      ) : (
        <WallMessage text={state.message} hint="大屏会在一分钟后自动重试。" />
      )}
    </PageShell>
  );
}
