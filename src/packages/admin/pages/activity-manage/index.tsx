import { useEffect, useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { Button, Image, Text, View } from '@tarojs/components';
import { SIGNUP_STATUS_LABELS, THREE_MEETINGS } from '@contract/labels';
import { CallView } from '@/components/call-view';
import { TextField } from '@/components/form';
import { PageShell } from '@/components/page-shell';
import { EmptyView } from '@/components/state-views';
import { claimedPositionText } from '@/features/activities/claimed-position';
import { seatsText, timeRange } from '@/features/activities/format';
import { MinutesPanel } from '@/features/activities/minutes-form';
import { call } from '@/lib/api-client';
import { saveFile } from '@/lib/platform/files';
import { useCall } from '@/lib/use-call';

type Section = 'signups' | 'qr' | 'attendance' | 'minutes';

const EXPECTED_BASIS_NOTES = {
  members: '应到：本支部的正式党员和预备党员（活动发布时确定），请假和缺席由此得出。',
  signups: '应到：报名参加的党员。',
} as const;
const OUTCOME = { present: '实到', leave: '请假', absent: '缺席' } as const;

/** The rotating check-in code: a new QR image every few seconds while this panel is open. */
function CheckinQr({ activityId }: { activityId: string }) {
  const [code, setCode] = useState<{ code: string; qrDataUrl: string } | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    let stopped = false;
    const refresh = async () => {
      const result = await call('admin.checkinToken', { activityId });
      if (stopped) return;
      if (result.ok) setCode(result.data);
      else setError(result.error.message);
    };
    void refresh();
    const timer = setInterval(() => void refresh(), 5000);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [activityId]);
  if (error) return <View className="notice">{error}</View>;
  if (!code) return <View className="muted">正在生成签到码…</View>;
  return (
    <View className="card manage__qr">
      <Image className="manage__qr-image" src={code.qrDataUrl} mode="aspectFit" />
      <View className="manage__digits" aria-label="数字签到码">
        {code.code}
      </View>
      <View className="muted">不方便扫码的党员：打开活动详情，输入上面的 6 位数字签到。</View>
      <View className="muted">二维码每 5 秒更新一次，数字签到码随之更新，转发的截图很快失效。</View>
    </View>
  );
}

export default function ActivityManagePage() {
  const activityId = useRouter().params.activityId ?? '';
  const activity = useCall('activity.get', { activityId }, activityId);
  const signups = useCall('admin.activitySignups', { activityId }, activityId);
  const attendance = useCall('admin.attendance', { activityId }, activityId);
  const [section, setSection] = useState<Section>('signups');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [proxyFor, setProxyFor] = useState<string | null>(null);
  const [proxyReason, setProxyReason] = useState('');

  const refresh = () => {
    activity.reload();
    signups.reload();
    attendance.reload();
  };
  // Each tab shows what is true now: check-ins keep arriving while the organiser looks.
  const open = (key: Section) => {
    setSection(key);
    if (key === 'signups') signups.reload();
    if (key === 'attendance') attendance.reload();
  };
  const decide = async (memberId: string, approve: boolean) => {
    const result = await call('admin.activityDecide', { activityId, memberId, approve });
    setMessage(
      result.ok ? { ok: true, text: approve ? '已同意。' : '已拒绝。' } : { ok: false, text: result.error.message },
    );
    refresh();
  };
  const proxy = async () => {
    if (!proxyFor) return;
    const result = await call('admin.proxyCheckIn', { activityId, memberId: proxyFor, reason: proxyReason });
    setMessage(result.ok ? { ok: true, text: '已代签，并记入操作日志。' } : { ok: false, text: result.error.message });
    setProxyFor(null);
    setProxyReason('');
    refresh();
  };
  const exportAttendance = async () => {
    const result = await call('admin.attendanceExport', { activityId });
    if (!result.ok) return setMessage({ ok: false, text: result.error.message });
    await saveFile(result.data.fileName, result.data.file, result.data.mimeType);
  };

  return (
    <PageShell>
      <CallView state={activity.state} onRetry={activity.reload}>
        {(detail) => (
          <View>
            <View className="title">{detail.title}</View>
            <View className="muted">
              {timeRange(detail.startAt, detail.endAt)} · {detail.place.text} · {seatsText(detail)}
            </View>
            {message ? (
              <View className={message.ok ? 'notice notice--ok manage__message' : 'notice manage__message'}>
                {message.text}
              </View>
            ) : null}
            <View className="actions">
              {(
                [
                  ['signups', '报名名单'],
                  ['qr', '签到二维码'],
                  ['attendance', '考勤'],
                  ...(THREE_MEETINGS.includes(detail.type) ? [['minutes', '会议记录']] : []),
                ] as Array<[Section, string]>
              ).map(([key, label]) => (
                <Button
                  key={key}
                  className={`button ${key === section ? '' : 'button--plain'} manage__tab-${key}`}
                  onClick={() => open(key)}
                >
                  {label}
                </Button>
              ))}
            </View>
          </View>
        )}
      </CallView>
      {section === 'signups' ? (
        <CallView state={signups.state} onRetry={signups.reload}>
          {(data) => (
            <View>
              {data.items.length === 0 ? <EmptyView message="还没有人报名。" /> : null}
              {data.items.map((row) => (
                <View className="card manage__signup" key={row.memberId}>
                  <View className="row">
                    <Text className="members__name">{row.name}</Text>
                    <Text>
                      {row.status === 'waitlisted'
                        ? `候补第 ${row.waitlistPosition} 位`
                        : SIGNUP_STATUS_LABELS[row.status]}
                      {row.checkedIn ? (row.proxy ? ' · 已代签' : ' · 已签到') : ''}
                    </Text>
                  </View>
                  <View className="muted">
                    {row.unitName}
                    {row.leaveReason ? ` · 请假：${row.leaveReason}` : ''}
                    {Object.entries(row.answers).map(([key, value]) => ` · ${key}：${value}`)}
                  </View>
                  {row.claimedPosition ? (
                    <View className="muted manage__claimed-position">{claimedPositionText(row.claimedPosition)}</View>
                  ) : null}
                  {row.status === 'pending' ? (
                    <View className="actions">
                      <Button className="button button--small" onClick={() => void decide(row.memberId, true)}>
                        同意
                      </Button>
                      <Button
                        className="button button--plain button--small"
                        onClick={() => void decide(row.memberId, false)}
                      >
                        拒绝
                      </Button>
                    </View>
                  ) : null}
                </View>
              ))}
            </View>
          )}
        </CallView>
      ) : null}
      {section === 'qr' ? <CheckinQr activityId={activityId} /> : null}
      {section === 'attendance' ? (
        <CallView state={attendance.state} onRetry={attendance.reload}>
          {(report) => (
            <View>
              <View className="card manage__attendance">
                应到 {report.expected} · 实到 {report.present} · 请假 {report.leave} · 缺席 {report.absent}
                <View className="muted">{EXPECTED_BASIS_NOTES[report.expectedBasis]}</View>
              </View>
              <Button className="button button--plain" onClick={() => void exportAttendance()}>
                导出考勤表
              </Button>
              {proxyFor ? (
                <View className="card">
                  <TextField label="代签原因" value={proxyReason} onChange={setProxyReason} name="proxy-reason" />
                  <Button
                    className="button manage__proxy-confirm"
                    disabled={proxyReason.trim().length < 2}
                    onClick={() => void proxy()}
                  >
                    确认代签
                  </Button>
                </View>
              ) : null}
              {report.rows.map((row) => (
                <View className="card" key={row.memberId}>
                  <View className="row">
                    <Text>
                      {row.name}
                      {row.note ? <Text className="muted">（{row.note}）</Text> : null}
                    </Text>
                    {row.outcome === 'absent' ? (
                      <Text className="tag manage__proxy" onClick={() => setProxyFor(row.memberId)}>
                        代签
                      </Text>
                    ) : (
                      <Text>{OUTCOME[row.outcome]}</Text>
                    )}
                  </View>
                </View>
              ))}
            </View>
          )}
        </CallView>
      ) : null}
      {section === 'minutes' && activity.state.status === 'ready' ? (
        <MinutesPanel
          activityId={activityId}
          startAt={activity.state.data.startAt}
          onSaved={(text) => setMessage({ ok: true, text })}
        />
      ) : null}
    </PageShell>
  );
}
