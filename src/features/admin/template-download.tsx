import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { call } from '@/lib/api-client';
import { saveFile } from '@/lib/platform/files';

/** 下载模板: the import's XLSX template (header row and one example row), saved like an export. */
export function TemplateDownload({
  route,
  unitId,
}: {
  route: 'admin.rosterTemplate' | 'admin.questionTemplate';
  unitId: string;
}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const download = async () => {
    setBusy(true);
    const result = await call(route, { unitId });
    if (result.ok) await saveFile(result.data.fileName, result.data.file, result.data.mimeType);
    setBusy(false);
    setError(result.ok ? null : result.error.message);
  };
  return (
    <View>
      <Button
        block
        fill="outline"
        type="primary"
        className="import__template"
        loading={busy}
        onClick={() => void download()}
      >
        下载模板
      </Button>
      {error ? <Text className="form-sheet__error">{error}</Text> : null}
    </View>
  );
}
