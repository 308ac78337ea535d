import { whenText } from '@/lib/format';
import { Image, Text, View } from '@tarojs/components';
import type { RouteOutput } from '@contract/contract';
import './minutes.scss';

export type MinutesRecord = RouteOutput<'admin.minutesGet'>;

/** A meeting's minutes as a record: what was discussed and decided, who led and wrote it, and who came. */
export function MinutesView({ minutes }: { minutes: MinutesRecord }) {
  const { attendance } = minutes;
  return (
    <View className="card minutes">
      <View className="minutes__topic">{minutes.topic}</View>
      {[
        ['主持人', minutes.presenter],
        ['记录人', minutes.recorder],
        [
          '出席情况',
          `应到 ${attendance.expected} · 实到 ${attendance.present} · 请假 ${attendance.leave} · 缺席 ${attendance.absent}`,
        ],
        ['记录时间', whenText(minutes.recordedAt)],
      ].map(([label, value]) => (
        <View className="row" key={label}>
          <Text className="muted">{label}</Text>
          <Text>{value}</Text>
        </View>
      ))}
      <View className="minutes__heading">会议内容</View>
      <Text className="minutes__text" userSelect>
        {minutes.content}
      </Text>
      {minutes.resolutions ? (
        <View>
          <View className="minutes__heading">会议决议</View>
          <Text className="minutes__text" userSelect>
            {minutes.resolutions}
          </Text>
        </View>
      ) : null}
      {minutes.photos.some((photo) => photo.url) ? (
        <View className="photos">
          {minutes.photos.map((photo) =>
            photo.url ? <Image key={photo.fileId} className="photos__item" src={photo.url} mode="aspectFill" /> : null,
          )}
        </View>
      ) : null}
    </View>
  );
}
