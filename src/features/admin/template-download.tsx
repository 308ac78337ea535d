import { useState } from 'react';
import { Button, View } from '@tarojs/components';
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
        className="button button--plain import__template"
        loading={busy}
        disabled={busy}
        onClick={() => void download()}
      >
        下载模板
      </Button>
      {error ? <View className="field__error">{error}</View> : null}
    </View>
  );
}
