import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { CallView } from '@/components/call-view';
import { EmptyView } from '@/components/state-views';
import { useCall } from '@/lib/use-call';
import { CheckinChoice } from './checkin-choice';
import { type CheckedIn, CheckinCodeForm, type CheckinMode } from './checkin-code-form';
import { checkinOpenNow } from './checkin-window';

/**
 * The typed way in: the activities open for check-in now (signed up first), one picked, then the 6 digits
 * from the organiser's screen, and the way back to 活动. Waitlisted sign-ups cannot check in, so they are not offered.
 */
export function CheckinByCode({
  mode = 'in',
  onDone,
  onBack,
}: {
  mode?: CheckinMode;
  onDone: (done: CheckedIn) => void;
  onBack: () => void;
}) {
  const out = mode === 'out';
  const { state, reload } = useCall('activity.list', { view: 'upcoming', skip: 0, limit: 50 });
  const [picked, setPicked] = useState<string | null>(null);
  return (
    <CallView state={state} onRetry={reload} loadingLabel="正在查找可签到的活动…">
      {({ items }) => {
        const open = items
          .filter((a) => checkinOpenNow(a) && (a.myStatus === null || a.myStatus === 'confirmed'))
          // Check-out counts volunteer hours: 志愿服务 activities the member is in.
          .filter((a) => !out || (a.type === 'volunteer' && a.myStatus === 'confirmed'))
          .sort((a, b) => Number(b.myStatus === 'confirmed') - Number(a.myStatus === 'confirmed'));
        if (open.length === 0)
          return (
            <EmptyView
              message={out ? '现在没有可以签退的志愿服务活动' : '现在没有可以签到的活动'}
              hint={
                out
                  ? '签到后，离开时请签退，最晚在活动结束后 30 分钟内'
                  : '签到时间：活动开始前 30 分钟至结束后 30 分钟'
              }
              action={{ label: '返回活动', onClick: onBack }}
            />
          );
        const selected = picked ?? (open.length === 1 ? open[0]?.activityId : null) ?? null;
        return (
          <>
            <View className="checkin-card">
              <Text className="checkin-card__title">{out ? '输入签退码' : '输入签到码'}</Text>
              <Text className="checkin-card__hint">
                {open.length > 1 ? '先选活动，再输入' : '请输入'}组织者屏幕上二维码旁的 6 位数字，数字每隔几秒更新。
                {out ? '签退用同一个码，服务时长从签到算到签退。' : ''}
              </Text>
              <CheckinChoice activities={open} selected={selected} onSelect={setPicked} />
              {selected ? <CheckinCodeForm key={selected} activityId={selected} mode={mode} onDone={onDone} /> : null}
            </View>
            <Button block fill="none" type="primary" onClick={onBack}>
              返回活动
            </Button>
          </>
        );
      }}
    </CallView>
  );
}
