import { RichText, Text, View } from '@tarojs/components';
import { Cell, CellGroup, NoticeBar, Tag } from '@nutui/nutui-react-taro';
import { PUBLICITY_KIND_LABELS } from '@contract/publicity-labels';
import type { PublicityDetail } from '@contract/schemas/publicity';
import { SectionHeader } from '@/components/section-header';
import { dateTimeText, whenText } from '@/lib/format';
import { absoluteImages } from '@/lib/transport';
import { PublicityStatusTag } from './publicity-status-tag';

/** One 公示: its head (kind, status, unit, period), the body, and the member's own objections. */
export function PublicityReader({ item }: { item: PublicityDetail }) {
  return (
    <View>
      {item.status === 'closed' ? <NoticeBar content="公示期已结束，不再受理异议。" wrap /> : null}
      <View className="card publicity-reader__head">
        <View className="publicity-row__line">
          <PublicityStatusTag status={item.status} />
          <Tag type="primary" plain>
            {PUBLICITY_KIND_LABELS[item.kind]}
          </Tag>
        </View>
        <Text className="publicity-reader__title">{item.title}</Text>
        <Text className="publicity-reader__period">发布单位：{item.unitName}</Text>
        <Text className="publicity-reader__period">
          公示期：{dateTimeText(item.startsAt)} 至 {dateTimeText(item.endsAt)}
        </Text>
      </View>
      <View className="card publicity-reader__body">
        <RichText nodes={absoluteImages(item.body)} />
      </View>
      {item.mine.length ? (
        <>
          <SectionHeader title="我提出的异议" />
          <CellGroup>
            {item.mine.map((objection) => (
              <Cell
                key={objection.objectionId}
                title={
                  <View className="publicity-objection">
                    <Text className="publicity-objection__text">{objection.text}</Text>
                    <Text className="publicity-row__meta">
                      {whenText(objection.createdAt)} 提交 · {objection.handled ? '党组织已处理' : '等待党组织处理'}
                    </Text>
                  </View>
                }
              />
            ))}
          </CellGroup>
        </>
      ) : null}
    </View>
  );
}
