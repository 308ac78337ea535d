import Taro from '@tarojs/taro';
import { call } from '@/lib/api-client';
import { saveFile } from '@/lib/platform/files';

/** 导出花名册: the unit's roster as a file, saved or opened like any export. */
export async function exportRoster(unitId: string): Promise<void> {
  const result = await call('admin.rosterExport', { unitId });
  if (!result.ok) return void Taro.showToast({ title: result.error.message, icon: 'none' });
  await saveFile(result.data.fileName, result.data.file, result.data.mimeType);
}

/** 支部邀请码: a code new members bind with, reviewed by the admin; shown in a modal they can copy from. */
export async function showBranchInvite(unitId: string): Promise<void> {
  const result = await call('admin.branchInviteCreate', { unitId });
  if (!result.ok) return void Taro.showToast({ title: result.error.message, icon: 'none' });
  await Taro.showModal({
    title: `支部邀请码 ${result.data.code}`,
    content: '7 天内有效。新党员凭此码申请绑定，经您审核后生效。',
    showCancel: false,
    confirmText: '知道了',
  });
}
