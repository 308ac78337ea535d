import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { CheckChecked } from '@nutui/icons-react-taro';
import { Field } from '@/components/form';
import { call } from '@/lib/api-client';
import { pickFile } from '@/lib/platform/files';
import { colors } from '@/theme/tokens';

export type Materials = Record<string, { fileId: string; fileName: string }>;

/**
 * The documents a step requires, each with its file (PDF or photo) uploaded as soon as it is picked; the
 * step can only be recorded when every one has a file (the server checks it again).
 */
export function MaterialUpload({
  memberId,
  documents,
  value,
  onChange,
  error,
}: {
  memberId: string;
  documents: string[];
  value: Materials;
  onChange: (next: Materials) => void;
  error?: string;
}) {
  const [busy, setBusy] = useState<string | null>(null);
  const [failure, setFailure] = useState('');
  const upload = async (name: string) => {
    const picked = await pickFile(['pdf', 'jpg', 'jpeg', 'png']);
    if (!picked) return;
    setBusy(name);
    const result = await call('admin.developmentUpload', { memberId, name: picked.name, content: picked.base64 });
    setBusy(null);
    if (!result.ok) return setFailure(result.error.fields?.name ?? result.error.message);
    setFailure('');
    onChange({ ...value, [name]: { fileId: result.data.fileId, fileName: picked.name } });
  };
  return (
    <Field label="材料（每项上传 PDF 或照片）" error={error || failure}>
      {documents.map((name) => {
        const file = value[name];
        return (
          <View className="develop-material" key={name} data-testid="develop-material">
            <View className="develop-material__text">
              <Text className="develop-material__name">{name}</Text>
              <Text className="develop-material__file">{file ? file.fileName : '未上传'}</Text>
            </View>
            {file ? <CheckChecked size={18} color={colors.success} /> : null}
            <Button
              size="small"
              type="primary"
              fill={file ? 'outline' : 'solid'}
              loading={busy === name}
              disabled={busy !== null}
              onClick={() => void upload(name)}
            >
              {file ? '重新上传' : '上传'}
            </Button>
          </View>
        );
      })}
    </Field>
  );
}
