import { useState } from 'react';
import Taro from '@tarojs/taro';
import { CallView } from '@/components/call-view';
import { PageShell } from '@/components/page-shell';
import { PeriodStepper } from '@/features/dues/month-stepper';
import { MyDuesView } from '@/features/dues/my-dues-view';
import { yuanText } from '@/features/dues/money';
import type { MyDuesData } from '@/features/dues/labels';
import { call } from '@/lib/api-client';
import { payOrder } from '@/lib/platform/payment';
import { useCall } from '@/lib/use-call';
import '@/features/dues/dues.scss';

const PAY_RESULT = {
  paid: '缴纳成功',
  cancelled: '已取消缴纳',
  failed: '未能完成缴纳，请稍后再试',
} as const;

/** 我的党费: what I owe and paying it, then a year's statement (this year first, earlier years by the stepper). */
export default function MyDuesPage() {
  const [thisYear] = useState(() => new Date().getFullYear());
  const [year, setYear] = useState(thisYear);
  const [paying, setPaying] = useState(false);
  const dues = useCall('me.dues', { year }, String(year));

  const pay = async (data: MyDuesData) => {
    const { months, totalFen } = data.arrears;
    const { confirm } = await Taro.showModal({
      title: '缴纳党费',
      content: `缴纳 ${months.length} 个月党费，共 ${yuanText(totalFen)} 元？`,
      confirmText: '缴纳',
    });
    if (!confirm) return;
    setPaying(true);
    const order = await call('me.duesPay', { months });
    const outcome = order.ok ? await payOrder(order.data.payment) : null;
    setPaying(false);
    void Taro.showToast({ title: order.ok ? PAY_RESULT[outcome!] : order.error.message, icon: 'none' });
    dues.reload();
  };

  return (
    <PageShell>
      <CallView state={dues.state} onRetry={dues.reload} loadingLabel="正在读取党费记录…">
        {(data) => (
          <MyDuesView
            data={data}
            paying={paying}
            onPay={() => void pay(data)}
            yearStepper={
              <PeriodStepper
                label={`${year}年`}
                previousLabel="上一年"
                nextLabel="下一年"
                nextDisabled={year >= thisYear}
                onPrevious={() => setYear(year - 1)}
                onNext={() => setYear(year + 1)}
              />
            }
          />
        )}
      </CallView>
    </PageShell>
  );
}
