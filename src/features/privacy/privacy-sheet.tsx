import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button, Cell, CellGroup, Popup } from '@nutui/nutui-react-taro';
import { call } from '@/lib/api-client';
import { saveFile } from '@/lib/platform/files';
import { openPrivacyGuide } from '@/lib/platform/privacy';

const isWeapp = process.env.TARO_ENV === 'weapp';

const USES: Array<[string, string]> = [
  ['姓名、所在支部、党内职务', '用于学习、答题、活动和投票中识别您，以及支部的统计'],
  ['手机号、身份证号', '只给管理员看打码后的号码；查看完整号码会记入审计日志'],
  ['位置', '只在活动签到或选择活动地点时使用，不保存轨迹'],
];

/** What the app keeps about me and why, the official guide, and a copy of my data to download. */
export function PrivacySheet({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [note, setNote] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const download = async () => {
    setBusy(true);
    const result = await call('me.exportData', {});
    setBusy(false);
    if (!result.ok) return setNote(result.error.message);
    const bytes = new TextEncoder().encode(result.data.json);
    await saveFile(result.data.fileName, Taro.arrayBufferToBase64(bytes.buffer as ArrayBuffer), 'application/json');
    setNote('已生成您的数据文件。');
  };
  return (
    <Popup visible={open} position="bottom" round closeable title="隐私与数据" onClose={onClose}>
      <View className="privacy-sheet">
        <CellGroup>
          {USES.map(([what, why]) => (
            <Cell key={what} title={what} description={why} />
          ))}
          {isWeapp ? <Cell title="隐私保护指引" clickable onClick={openPrivacyGuide} /> : null}
        </CellGroup>
        {note ? <Text className="privacy-sheet__note">{note}</Text> : null}
        <Button type="primary" block loading={busy} onClick={() => void download()}>
          下载我的数据
        </Button>
      </View>
    </Popup>
  );
}
