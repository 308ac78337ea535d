import { RichText, Text, View } from '@tarojs/components';
import { Button, Cell, CellGroup, NoticeBar, Tag } from '@nutui/nutui-react-taro';
import { ArrowRight } from '@nutui/icons-react-taro';
import type { NoticeDetail } from '@contract/schemas/notices';
import { BottomBar } from '@/components/bottom-bar';
import { dateTimeText, whenText } from '@/lib/format';
import { absoluteImages } from '@/lib/transport';
import { colors } from '@/theme/tokens';
import { openAttachment } from './open-attachment';

const KIND_NAMES = { pdf: 'PDF', doc: 'Word', xls: 'Excel', image: '图片' } as const;

/** One notice: title and tags, the body, attachments, and for a must-read one the 已阅 confirmation. */
export function NoticeReader({
  notice,
  confirming,
  onConfirm,
}: {
  notice: NoticeDetail;
  confirming: boolean;
  onConfirm: () => void;
}) {
  const asksConfirm = notice.mustRead && notice.addressee;
  return (
    <View className="notice-reader">
      {notice.withdrawn ? <NoticeBar content="这条通知已撤回，党员不再能看到。" wrap /> : null}
      {notice.addressee ? null : <NoticeBar content="您不在这条通知的发送范围内，以管理员身份查看，不计阅读。" wrap />}
      <View className="card notice-reader__head">
        <Text className="notice-reader__title">{notice.title}</Text>
        <View className="notice-reader__tags">
          {notice.mustRead ? <Tag type="danger">必读</Tag> : null}
          {notice.pinned ? (
            <Tag type="primary" plain>
              置顶
            </Tag>
          ) : null}
          {notice.edited ? <Tag plain>已编辑</Tag> : null}
        </View>
        <Text className="notice-reader__meta">
          {notice.unitName} · {dateTimeText(notice.publishedAt)} 发布
          {notice.editedAt ? ` · ${whenText(notice.editedAt)} 修改` : ''}
        </Text>
        {notice.mustRead && notice.deadline ? (
          <Text className="notice-reader__deadline">请于 {dateTimeText(notice.deadline)} 前阅读并确认</Text>
        ) : null}
      </View>
      <View className="card notice-reader__body">
        <RichText nodes={absoluteImages(notice.body)} />
      </View>
      {notice.attachments.length ? (
        <CellGroup title="附件" className="notice-reader__files">
          {notice.attachments.map((file) => (
            <Cell
              key={file.fileId}
              title={<Text className="notice-reader__file">{file.name}</Text>}
              description={KIND_NAMES[file.kind]}
              extra={<ArrowRight size={14} color={colors.text3} />}
              clickable
              onClick={() => void openAttachment(file)}
            />
          ))}
        </CellGroup>
      ) : null}
      {asksConfirm ? (
        <BottomBar testId="notice-confirm-bar">
          <Button type="primary" block disabled={notice.confirmed} loading={confirming} onClick={onConfirm}>
            {notice.confirmed ? '已确认阅读' : '已阅，确认'}
          </Button>
        </BottomBar>
      ) : null}
    </View>
  );
}
