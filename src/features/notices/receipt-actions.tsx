import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { AdminNoticeCard } from '@contract/schemas/notices';
import { call } from '@/lib/api-client';
import { openPage } from '@/lib/pages';
import { saveFile } from '@/lib/platform/files';

async function ask(title: string, content: string, confirmText: string) {
  const { confirm } = await Taro.showModal({
    title,
    content,
    confirmText,
    confirmColor: '#C8161D',
    cancelText: '取消',
  });
  return confirm;
}

const toast = (title: string, ok = true) => void Taro.showToast({ title, icon: ok ? 'success' : 'none' });

/** What an admin does with a notice: remind the unread, export receipts, edit, pin, withdraw. */
export function ReceiptActions({
  notice,
  nextRound,
  onChanged,
}: {
  notice: AdminNoticeCard;
  nextRound: number;
  onChanged: () => void;
}) {
  const noticeId = notice.noticeId;
  const pending = notice.mustRead
    ? notice.audienceCount - notice.confirmedCount
    : notice.audienceCount - notice.readCount;
  const remind = async () => {
    const who = notice.mustRead ? '未确认' : '未读';
    if (
      !(await ask(
        `提醒${who}的党员？`,
        `将给 ${pending} 位${who}的党员发送第 ${nextRound} 轮提醒，每人只收到一次。`,
        '发送提醒',
      ))
    )
      return;
    const result = await call('admin.noticeRemind', { noticeId, round: nextRound });
    if (!result.ok) return toast(result.error.message, false);
    toast(`已提醒 ${result.data.sent} 人`);
    onChanged();
  };
  const exportReceipts = async () => {
    const result = await call('admin.noticeExport', { noticeId });
    if (!result.ok) return toast(result.error.message, false);
    await saveFile(result.data.fileName, result.data.file, result.data.mimeType);
  };
  const pin = async () => {
    const result = await call('admin.noticePin', { noticeId, pinned: !notice.pinned });
    if (!result.ok) return toast(result.error.message, false);
    toast(notice.pinned ? '已取消置顶' : '已置顶');
    onChanged();
  };
  const withdraw = async () => {
    if (!(await ask('撤回这条通知？', '撤回后党员不再能看到它，已有的阅读记录会保留。', '撤回'))) return;
    const result = await call('admin.noticeUnpublish', { noticeId });
    if (!result.ok) return toast(result.error.message, false);
    toast('已撤回');
    onChanged();
  };
  if (notice.withdrawn)
    return (
      <View className="notice-receipts__actions">
        <Button className="notice-receipts__action" fill="outline" type="primary" onClick={() => void exportReceipts()}>
          导出回执
        </Button>
      </View>
    );
  return (
    <>
      <View className="notice-receipts__actions">
        <Button
          className="notice-receipts__action"
          type="primary"
          disabled={pending === 0}
          onClick={() => void remind()}
        >
          {notice.mustRead ? '提醒未确认' : '提醒未读'}
        </Button>
        <Button className="notice-receipts__action" fill="outline" type="primary" onClick={() => void exportReceipts()}>
          导出回执
        </Button>
      </View>
      <View className="notice-receipts__actions">
        <Button
          size="small"
          fill="outline"
          onClick={() => openPage('noticeManage', { unitId: notice.unitId, noticeId })}
        >
          编辑
        </Button>
        <Button size="small" fill="outline" onClick={() => void pin()}>
          {notice.pinned ? '取消置顶' : '置顶'}
        </Button>
        <Button size="small" fill="outline" onClick={() => void withdraw()}>
          撤回
        </Button>
      </View>
    </>
  );
}
