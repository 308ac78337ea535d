import { Text, View } from '@tarojs/components';
import { Cell, CellGroup, Tag } from '@nutui/nutui-react-taro';
import { VOLUNTEER_SOURCE_LABELS } from '@contract/transfer-labels';
import type { MyVolunteerOutput } from '@contract/schemas/transfers';
import type { z } from 'zod';
import { EmptyView } from '@/components/state-views';
import { dateText, minutesText } from '@/lib/format';
import { openPage } from '@/lib/pages';

const hours = (minutes: number) => (minutes / 60).toFixed(1).replace(/\.0$/, '');
const durationText = (minutes: number) =>
  minutes >= 60 && minutes % 60 === 0 ? `${minutes / 60} 小时` : minutesText(minutes);

/** My volunteer hours: this year's and all-time totals in big figures, then activity by activity. */
export function VolunteerHours({ data }: { data: z.output<typeof MyVolunteerOutput> }) {
  return (
    <>
      <View className="transfer-hours" data-testid="volunteer-hours">
        <View className="transfer-hours__item">
          <Text className="transfer-hours__number">{hours(data.yearMinutes)}</Text>
          <Text className="transfer-hours__label">今年志愿时长（小时）</Text>
        </View>
        <View className="transfer-hours__item">
          <Text className="transfer-hours__number">{hours(data.totalMinutes)}</Text>
          <Text className="transfer-hours__label">累计（小时）</Text>
        </View>
      </View>
      {data.items.length === 0 ? (
        <EmptyView
          message="还没有志愿服务时长。"
          hint="参加“志愿服务”活动，签到并签退后自动计入。"
          action={{ label: '去看看活动', onClick: () => openPage('activity') }}
        />
      ) : (
        <CellGroup className="transfer-list transfer-list--spaced">
          {data.items.map((item) => (
            <Cell key={item.activityId} className="transfer-cell">
              <View className="transfer-card">
                <View className="transfer-card__line">
                  <Text className="transfer-card__name">{item.title}</Text>
                  <Tag plain>{VOLUNTEER_SOURCE_LABELS[item.source]}</Tag>
                </View>
                <Text className="transfer-card__meta">{dateText(item.startAt)}</Text>
                <Text className="transfer-card__route">
                  {item.source === 'checkin' ? '未签退，时长待组织者确认' : `时长 ${durationText(item.minutes)}`}
                </Text>
              </View>
            </Cell>
          ))}
        </CellGroup>
      )}
    </>
  );
}
