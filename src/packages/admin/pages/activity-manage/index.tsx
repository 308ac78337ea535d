import { useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button, Tabs } from '@nutui/nutui-react-taro';
import { THREE_MEETINGS } from '@contract/labels';
import { CallView } from '@/components/call-view';
import { retryWhenUseful } from '@/features/admin/retry-when-useful';
import { PageShell } from '@/components/page-shell';
import { AttendancePanel } from '@/features/activities/attendance-panel';
import { CheckinQr } from '@/features/activities/checkin-qr';
import { MinutesPanel } from '@/features/activities/minutes-form';
import { seatsText } from '@/features/activities/seats';
import { SignupsPanel } from '@/features/activities/signups-panel';
import { timeRangeText } from '@/lib/format';
import { openPage } from '@/lib/pages';
import { useCall } from '@/lib/use-call';
import '@/features/activities/admin.scss';

type Section = 'signups' | 'qr' | 'attendance' | 'minutes';
const SECTIONS: Array<[Section, string]> = [
  ['signups', '报名名单'],
  ['qr', '签到码'],
  ['attendance', '考勤'],
  ['minutes', '会议记录'],
];

/** Running one activity: who signed up, the check-in code on screen, attendance, and the minutes. */
export default function ActivityManagePage() {
  const activityId = useRouter().params.activityId ?? '';
  const activity = useCall('activity.get', { activityId }, activityId);
  const [section, setSection] = useState<Section>('signups');
  const [message, setMessage] = useState<string | null>(null);

  return (
    <PageShell>
      <CallView state={activity.state} onRetry={retryWhenUseful(activity.state, activity.reload)}>
        {(detail) => {
          const sections = SECTIONS.filter(([key]) => key !== 'minutes' || THREE_MEETINGS.includes(detail.type));
          return (
            <View>
              <View className="card manage__head">
                <Text className="manage__title">{detail.title}</Text>
                <Text className="muted">{timeRangeText(detail.startAt, detail.endAt)}</Text>
                <Text className="muted manage__line">{detail.place.text}</Text>
                <Text className="muted">{seatsText(detail)}</Text>
                {detail.type === 'volunteer' ? (
                  <Button
                    size="small"
                    fill="outline"
                    type="primary"
                    onClick={() => openPage('transferVolunteer', { activityId })}
                  >
                    确认志愿时长
                  </Button>
                ) : null}
              </View>
              {message ? (
                <View className="notice notice--ok" role="status">
                  {message}
                </View>
              ) : null}
              <Tabs
                value={section}
                onChange={(value) => setSection(value as Section)}
                className="manage__tabs"
                align="left"
              >
                {sections.map(([key, label]) => (
                  <Tabs.TabPane key={key} value={key} title={label} />
                ))}
              </Tabs>
              {/* Each panel loads when opened, so it shows what is true now: check-ins keep arriving. */}
              {section === 'signups' ? <SignupsPanel activityId={activityId} onMessage={setMessage} /> : null}
              {section === 'qr' ? <CheckinQr activityId={activityId} /> : null}
              {section === 'attendance' ? <AttendancePanel activityId={activityId} onMessage={setMessage} /> : null}
              {section === 'minutes' ? (
                <MinutesPanel activityId={activityId} startAt={detail.startAt} onSaved={setMessage} />
              ) : null}
            </View>
          );
        }}
      </CallView>
    </PageShell>
  );
}
