import { useState } from 'react';
import { View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { TextField } from '@/components/form';
import { uploadMedia } from '@/features/study/upload-media';
import { pickFile } from '@/lib/platform/files';
import { DEFAULT_MEDIA_SECONDS } from './content-values';
import { StepperField } from './stepper-field';

/** Audio or video: an https address or an uploaded file (in pieces, with progress), and its length. */
export function MediaField({
  media,
  duration,
  onMedia,
  onDuration,
  errors,
}: {
  media: string;
  duration: number | null;
  onMedia: (media: string) => void;
  onDuration: (seconds: number) => void;
  errors: Record<string, string>;
}) {
  const [progress, setProgress] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const upload = async () => {
    const picked = await pickFile(['mp3', 'm4a', 'mp4']);
    if (!picked) return;
    const result = await uploadMedia(picked.name, picked.base64, (sent, total) =>
      setProgress(`正在上传 ${sent}/${total}…`),
    );
    setProgress(null);
    if (!result.ok) return setError(result.message);
    setError(null);
    onMedia(result.fileId);
  };
  const uploaded = media !== '' && !/^https?:/.test(media);
  return (
    <View>
      <TextField
        label="音视频地址（https 开头）"
        value={uploaded ? '' : media}
        placeholder={uploaded ? '已上传文件' : '粘贴地址，或点下方上传'}
        onChange={onMedia}
        error={errors.media ?? error ?? undefined}
        name="content-media"
      />
      <Button block fill="outline" disabled={progress !== null} onClick={() => void upload()}>
        {progress ?? (uploaded ? '已上传，点此更换文件' : '上传音视频文件（60 MB 以内）')}
      </Button>
      <StepperField
        label="时长"
        value={Math.round((duration ?? DEFAULT_MEDIA_SECONDS) / 60)}
        min={1}
        max={360}
        unit="分钟"
        onChange={(minutes) => onDuration(minutes * 60)}
        error={errors.durationSeconds}
      />
    </View>
  );
}
