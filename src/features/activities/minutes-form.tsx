import { useCallback, useEffect, useState } from 'react';
import { whenText } from '@/lib/format';
import { Button, Image, View } from '@tarojs/components';
import { TextField } from '@/components/form';
import { ErrorView, LoadingView } from '@/components/state-views';
import { call } from '@/lib/api-client';
import { pickFile } from '@/lib/platform/files';
import { MinutesView, type MinutesRecord } from './minutes-view';
import { useRouteForm } from '@/lib/use-route-form';

type Photo = { fileId: string; url: string | null };
type Saved =
  { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; minutes: MinutesRecord | null };

/**
 * The organiser's minutes of a meeting: closed with the reason until the meeting starts (the server refuses
 * earlier saves), then the saved record with 修改, or the form when there is none yet.
 */
export function MinutesPanel({
  activityId,
  startAt,
  onSaved,
}: {
  activityId: string;
  startAt: number;
  onSaved: (text: string) => void;
}) {
  const [saved, setSaved] = useState<Saved>({ status: 'loading' });
  const [editing, setEditing] = useState(false);
  const load = useCallback(async () => {
    setSaved({ status: 'loading' });
    const result = await call('admin.minutesGet', { activityId });
    if (result.ok) setSaved({ status: 'ready', minutes: result.data });
    else if (result.error.code === 'NOT_FOUND') setSaved({ status: 'ready', minutes: null });
    else setSaved({ status: 'error', message: result.error.message });
  }, [activityId]);
  useEffect(() => {
    void load();
  }, [load]);

  if (Date.now() < startAt) {
    return (
      <View className="card">
        <View className="notice manage__minutes-closed">
          会议还没有开始（{whenText(startAt)} 开始），开始后才能填写会议记录。
        </View>
        <Button className="button manage__minutes-save" disabled>
          保存会议记录
        </Button>
      </View>
    );
  }
  if (saved.status === 'loading') return <LoadingView />;
  if (saved.status === 'error') return <ErrorView message={saved.message} onRetry={() => void load()} />;
  if (saved.minutes && !editing) {
    return (
      <View>
        <MinutesView minutes={saved.minutes} />
        <Button className="button button--plain manage__minutes-edit" onClick={() => setEditing(true)}>
          修改会议记录
        </Button>
      </View>
    );
  }
  return (
    <MinutesForm
      activityId={activityId}
      initial={saved.minutes}
      onSaved={(minutes) => {
        setSaved({ status: 'ready', minutes });
        setEditing(false);
        onSaved(
          `会议记录已保存（应到 ${minutes.attendance.expected}，实到 ${minutes.attendance.present}，请假 ${minutes.attendance.leave}）。`,
        );
      }}
    />
  );
}

function MinutesForm({
  activityId,
  initial,
  onSaved,
}: {
  activityId: string;
  initial: MinutesRecord | null;
  onSaved: (minutes: MinutesRecord) => void;
}) {
  const form = useRouteForm('admin.minutesSave', {
    initial: {
      topic: initial?.topic ?? '',
      presenter: initial?.presenter ?? '',
      recorder: initial?.recorder ?? '',
      content: initial?.content ?? '',
      resolutions: initial?.resolutions ?? '',
      photos: initial?.photos ?? ([] as Photo[]),
    },
    toInput: ({ photos: picked, ...text }) => ({ activityId, ...text, photos: picked.map((photo) => photo.fileId) }),
    onDone: (saved) => onSaved(saved),
  });
  const { values, set, busy } = form;
  const [uploadError, setUploadError] = useState('');
  const photos = values.photos;
  const addPhoto = async () => {
    const picked = await pickFile(['jpg', 'jpeg', 'png', 'webp']);
    if (!picked) return;
    const result = await call('admin.photoUpload', { activityId, name: picked.name, content: picked.base64 });
    if (result.ok) set('photos', [...photos, result.data]);
    else setUploadError(result.error.message);
  };
  const error = uploadError || form.formError?.message || '';
  return (
    <View className="card">
      <TextField label="会议主题" name="minutes-topic" {...form.field('topic')} />
      <TextField label="主持人" name="minutes-presenter" {...form.field('presenter')} />
      <TextField label="记录人" name="minutes-recorder" {...form.field('recorder')} />
      <TextField label="会议内容" name="minutes-content" {...form.field('content')} />
      <TextField label="会议决议" name="minutes-resolutions" {...form.field('resolutions')} />
      <View className="photos">
        {photos.map((photo) =>
          photo.url ? <Image key={photo.fileId} className="photos__item" src={photo.url} mode="aspectFill" /> : null,
        )}
      </View>
      {photos.length < 9 ? (
        <Button className="button button--plain manage__add-photo" onClick={() => void addPhoto()}>
          添加会议照片（{photos.length}/9）
        </Button>
      ) : null}
      {error ? <View className="field__error">{error}</View> : null}
      <Button className="button manage__minutes-save" loading={busy} disabled={busy} onClick={() => void form.submit()}>
        保存会议记录
      </Button>
    </View>
  );
}
