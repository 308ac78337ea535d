import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Button } from '@nutui/nutui-react-taro';
import { BottomBar } from '@/components/bottom-bar';
import { call } from '@/lib/api-client';
import { saveFile } from '@/lib/platform/files';

const canPrint = process.env.TARO_ENV === 'h5';

/** 导出 Excel (every branch on its own sheet) and, in the browser, 打印 — both left out of the printed page. */
export function ReportActions({ unitId, month }: { unitId: string; month: string }) {
  const [busy, setBusy] = useState(false);
  const exportXlsx = async () => {
    setBusy(true);
    const result = await call('admin.monthlyReportExport', { unitId, month });
    setBusy(false);
    if (!result.ok) return void Taro.showToast({ title: result.error.message, icon: 'none' });
    await saveFile(result.data.fileName, result.data.file, result.data.mimeType);
  };
  return (
    <BottomBar testId="report-actions">
      {canPrint ? (
        <Button fill="outline" type="primary" onClick={() => window.print()}>
          打印
        </Button>
      ) : null}
      <Button type="primary" loading={busy} disabled={busy} onClick={() => void exportXlsx()}>
        导出 Excel
      </Button>
    </BottomBar>
  );
}
