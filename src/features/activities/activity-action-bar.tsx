import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { ActionSheet, Button, SafeArea } from '@nutui/nutui-react-taro';
import { More, Share } from '@nutui/icons-react-taro';
import type { PrimaryAction, SecondaryAction } from './member-actions';
import { SECONDARY_LABELS } from './member-actions';

/**
 * The fixed bar at the bottom of an activity: 分享, the one action that fits the member now, and the
 * rarer ones (取消报名, 请假, 提醒) behind 更多 in an action sheet.
 */
export function ActivityActionBar({
  primary,
  secondary,
  busy,
  onPrimary,
  onSecondary,
  onShare,
}: {
  primary: PrimaryAction;
  secondary: SecondaryAction[];
  busy: boolean;
  onPrimary: () => void;
  onSecondary: (action: SecondaryAction) => void;
  onShare: () => void;
}) {
  const [sheet, setSheet] = useState(false);
  const weapp = process.env.TARO_ENV === 'weapp';
  return (
    <View className="action-bar" data-testid="action-bar">
      <View className="action-bar__row">
        <Button
          fill="outline"
          type="primary"
          className="action-bar__share"
          icon={<Share size={16} />}
          openType={weapp ? 'share' : undefined}
          onClick={weapp ? undefined : onShare}
        >
          分享
        </Button>
        {secondary.length > 0 ? (
          <Button fill="outline" className="action-bar__more" icon={<More size={16} />} onClick={() => setSheet(true)}>
            更多
          </Button>
        ) : null}
        <Button
          type="primary"
          className="action-bar__primary"
          data-testid="primary-action"
          disabled={primary.kind === 'none' || busy}
          // Says so to screen readers too: the browser's button element underneath is not a native one.
          aria-disabled={primary.kind === 'none' || busy}
          loading={busy}
          onClick={onPrimary}
        >
          <View className="action-bar__label">
            <Text>{primary.label}</Text>
            {primary.note ? <Text className="action-bar__note">{primary.note}</Text> : null}
          </View>
        </Button>
      </View>
      <SafeArea position="bottom" />
      <ActionSheet
        visible={sheet}
        options={secondary.map((key) => ({ name: SECONDARY_LABELS[key], key, danger: key === 'cancel' }))}
        cancelText="关闭"
        onCancel={() => setSheet(false)}
        onSelect={(item) => {
          setSheet(false);
          onSecondary(item.key as SecondaryAction);
        }}
      />
    </View>
  );
}
