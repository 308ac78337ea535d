import { useCallback, useEffect, useState } from 'react';
import { whenText } from '@/lib/format';
import { Button, Image, View } from '@tarojs/components';
import { TextField } from '@/components/form';
import { ErrorView, LoadingView } from '@/components/state-views';
import { call } from '@/lib/api-client';
import { pickFile } from '@/lib/platform/files';
import { MinutesView, type MinutesRecord } from './minutes-view';

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
  const [topic, setTopic] = useState(initial?.topic ?? '');
  const [presenter, setPresenter] = useState(initial?.presenter ?? '');
  const [recorder, setRecorder] = useState(initial?.recorder ?? '');
  const [content, setContent] = useState(initial?.content ?? '');
  const [resolutions, setResolutions] = useState(initial?.resolutions ?? '');
  const [photos, setPhotos] = useState<Photo[]>(initial?.photos ?? []);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const addPhoto = async () => {
    const picked = await pickFile(['jpg', 'jpeg', 'png', 'webp']);
    if (!picked) return;
    const result = await call('admin.photoUpload', { activityId, name: picked.name, content: picked.base64 });
    if (result.ok) setPhotos([...photos, result.data]);
    else setError(result.error.message);
  };
  const save = async () => {
    setBusy(true);
    const result = await call('admin.minutesSave', {
      activityId,
      topic,
      presenter,
      recorder,
      content,
      resolutions,
      photos: photos.map((photo) => photo.fileId),
    });
    setBusy(false);
    if (!result.ok) {
      setErrors(result.error.fields ?? {});
      return setError(result.error.message);
    }
    onSaved(result.data);
  };
  return (
    <View className="card">
      <TextField label="会议主题" value={topic} onChange={setTopic} name="minutes-topic" error={errors.topic} />
      <TextField
        label="主持人"
        value={presenter}
        onChange={setPresenter}
        name="minutes-presenter"
        error={errors.presenter}
      />
      <TextField
        label="记录人"
        value={recorder}
        onChange={setRecorder}
        name="minutes-recorder"
        error={errors.recorder}
      />
      <TextField label="会议内容" value={content} onChange={setContent} name="minutes-content" error={errors.content} />
      <TextField
        label="会议决议"
        value={resolutions}
        onChange={setResolutions}
        name="minutes-resolutions"
        error={errors.resolutions}
      />
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
      <Button className="button manage__minutes-save" loading={busy} disabled={busy} onClick={() => void save()}>
        保存会议记录
      </Button>
    </View>
  );
}
