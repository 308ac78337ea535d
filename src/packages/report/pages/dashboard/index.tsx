import { useState } from 'react';
import dayjs from 'dayjs';
import { useRouter } from '@tarojs/taro';
import { Text } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { CallView } from '@/components/call-view';
import { retryWhenUseful } from '@/features/admin/retry-when-useful';
import { PageShell } from '@/components/page-shell';
import { DashboardView } from '@/features/dashboard/dashboard-view';
import { PeriodPicker, type DashboardPeriod } from '@/features/dashboard/period-picker';
import { shortDateText } from '@/lib/format';
import { openPage } from '@/lib/pages';
import { useCall } from '@/lib/use-call';
import '@/features/dashboard/dashboard.scss';

/** The console's dashboard of a unit: its figures over a month, quarter or year, each leading to its list. */
export default function DashboardPage() {
  const unitId = useRouter().params.unitId ?? '';
  const [today] = useState(() => Date.now());
  const [period, setPeriod] = useState<DashboardPeriod>('month');
  const [anchorAt, setAnchorAt] = useState(today);
  const anchor = dayjs(anchorAt).format('YYYY-MM-DD');
  const dashboard = useCall('admin.dashboard', { unitId, period, anchor }, `${unitId}:${period}:${anchor}`);

  return (
    <PageShell>
      <PeriodPicker period={period} anchor={anchorAt} onPeriod={setPeriod} onAnchor={setAnchorAt} today={today} />
      <CallView
        state={dashboard.state}
        onRetry={retryWhenUseful(dashboard.state, dashboard.reload)}
        loadingLabel="正在统计…"
      >
        {(data) => (
          <>
            <Text className="dashboard-range">
              {`${data.unitName} · ${shortDateText(dayjs(data.from).valueOf(), data.serverNow)}至${shortDateText(dayjs(data.to).valueOf(), data.serverNow)}`}
            </Text>
            <DashboardView dashboard={data} />
            <Button block fill="outline" type="primary" onClick={() => openPage('reportWallLinks', { unitId })}>
              大屏链接
            </Button>
          </>
        )}
      </CallView>
    </PageShell>
  );
}
