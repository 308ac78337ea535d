import { Text, View } from '@tarojs/components';
import { Button, Tag } from '@nutui/nutui-react-taro';
import { CheckChecked, Clock, Location } from '@nutui/icons-react-taro';
import { ACTIVITY_TYPE_LABELS } from '@contract/labels';
import type { MeHome } from '@contract/schemas/home';
import { clockTimeText, nearDayText, shortDateText, timeRangeText } from '@/lib/format';
import { openPage } from '@/lib/pages';
import { colors } from '@/theme/tokens';

type Activity = MeHome['today']['activities'][number];

/** Where check-in stands by the server's clock: before it opens, open, closed, or done. */
export function checkinState(activity: Activity, serverNow: number): 'soon' | 'open' | 'closed' | 'done' {
  if (activity.checkedIn) return 'done';
  if (serverNow < activity.checkinOpensAt) return 'soon';
  return serverNow <= activity.checkinClosesAt ? 'open' : 'closed';
}

/** The day check-in opens, left out when it is today: 明天 / 12月8日. */
function openingDay(at: number, now: number): string {
  const near = nearDayText(at, now);
  if (near === '今天') return '';
  return `${near ?? shortDateText(at, now)} `;
}

/** In 长辈模式 the button itself says when check-in opens, since the note beside it is dropped. */
function elderLabel(state: 'soon' | 'open' | 'closed', opensAt: number, elder: boolean): string {
  if (!elder || state === 'open') return '签到';
  return state === 'soon' ? `签到（${clockTimeText(opensAt)} 开始）` : '签到已结束';
}

/** An activity I signed up for: a date tile, place and time, 已报名, and 签到 enabled only while it is open. */
export function ActivityTodo({
  activity,
  serverNow,
  elder,
}: {
  activity: Activity;
  serverNow: number;
  elder: boolean;
}) {
  const state = checkinState(activity, serverNow);
  const day = nearDayText(activity.startAt, serverNow) ?? shortDateText(activity.startAt, serverNow);
  const note = {
    soon: `${openingDay(activity.checkinOpensAt, serverNow)}${clockTimeText(activity.checkinOpensAt)} 开放签到`,
    open: '签到进行中',
    closed: '签到已结束',
    done: '已签到',
  }[state];
  return (
    <View className="card todo todo--activity" data-testid="todo-activity">
      <View className="todo__head" onClick={() => openPage('activityDetail', { activityId: activity.activityId })}>
        <View className="date-tile">
          <Text className="date-tile__day">{day}</Text>
          <Text className="date-tile__time">{clockTimeText(activity.startAt)}</Text>
        </View>
        <View className="todo__text">
          <View className="todo__title-row">
            <Tag type="danger" plain className="todo__tag">
              {ACTIVITY_TYPE_LABELS[activity.type]}
            </Tag>
            <Text className="todo__title">{activity.title}</Text>
          </View>
          <View className="todo__meta">
            <Location size={12} color={colors.text3} />
            <Text>{activity.placeText}</Text>
          </View>
          <View className="todo__meta">
            <Clock size={12} color={colors.text3} />
            <Text>{timeRangeText(activity.startAt, activity.endAt, serverNow)}</Text>
          </View>
        </View>
      </View>
      <View className={elder ? 'todo__foot todo__foot--stack' : 'todo__foot'}>
        <View className="todo__signed">
          <CheckChecked size={14} color={colors.success} />
          <Text>已报名</Text>
          {elder ? null : <Text className="todo__note">{note}</Text>}
        </View>
        {state === 'done' ? null : (
          <Button
            type="primary"
            size={elder ? 'large' : 'small'}
            block={elder}
            disabled={state !== 'open'}
            className="todo__checkin"
            onClick={() => openPage('activityCheckin')}
          >
            {elderLabel(state, activity.checkinOpensAt, elder)}
          </Button>
        )}
      </View>
    </View>
  );
}
