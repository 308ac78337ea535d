import Taro from '@tarojs/taro';
import { call } from '@/lib/api-client';
import { saveFile } from '@/lib/platform/files';

/** 导出: a questionnaire's responses as a spreadsheet, saved or opened like any export. */
export async function exportSurvey(surveyId: string): Promise<void> {
  const result = await call('admin.surveyExport', { surveyId });
  if (!result.ok) return void Taro.showToast({ title: result.error.message, icon: 'none' });
  await saveFile(result.data.fileName, result.data.file, result.data.mimeType);
}
