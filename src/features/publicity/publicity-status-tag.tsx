import { Tag } from '@nutui/nutui-react-taro';
import { PUBLICITY_STATUS_LABELS, type PublicityStatus } from '@contract/publicity-labels';

const TAG_TYPES: Record<PublicityStatus, 'danger' | 'primary' | 'default'> = {
  open: 'danger',
  scheduled: 'primary',
  closed: 'default',
  withdrawn: 'default',
};

/** 公示中 in solid red; 未开始 outlined; 已结束 and 已撤回 grey. */
export function PublicityStatusTag({ status }: { status: PublicityStatus }) {
  return (
    <Tag type={TAG_TYPES[status]} plain={status !== 'open'}>
      {PUBLICITY_STATUS_LABELS[status]}
    </Tag>
  );
}
