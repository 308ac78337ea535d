import { Text, View } from '@tarojs/components';
import { Cell, Tag } from '@nutui/nutui-react-taro';
import { MEMBER_STATUS_LABELS, ROLE_LABELS, STAGE_LABELS } from '@contract/labels';
import type { MemberListItem } from '@contract/schemas/dossier';

const STAGE_TAG: Record<MemberListItem['stage'], 'danger' | 'warning' | 'default'> = {
  full: 'danger',
  probationary: 'warning',
  candidate: 'default',
  activist: 'default',
  applicant: 'default',
};

/**
 * One roster line: name (and role), stage Tag, masked phone on the right; the unit below when it differs. A member
 * the caller does not outrank (an equal or superior admin) does not open: the server would refuse every action.
 */
export function MemberCell({ member, onOpen }: { member: MemberListItem; onOpen: () => void }) {
  return (
    <Cell
      className="member-cell members__item"
      clickable={member.canManage}
      onClick={member.canManage ? onOpen : undefined}
      title={
        <View className="member-cell__main">
          <Text className="member-cell__name" data-testid="member-cell">
            {member.name}
          </Text>
          <Tag type={STAGE_TAG[member.stage]} plain={member.stage !== 'full'}>
            {STAGE_LABELS[member.stage]}
          </Tag>
          {member.role !== 'member' ? <Tag type="primary">{ROLE_LABELS[member.role]}</Tag> : null}
          {member.status !== 'normal' ? <Tag plain>{MEMBER_STATUS_LABELS[member.status]}</Tag> : null}
        </View>
      }
      description={
        <View className="member-cell__lines">
          <Text className="member-cell__meta">
            {member.unitName}
            {member.bound ? '' : ' · 未绑定微信'}
          </Text>
          {member.canManage ? null : <Text className="member-cell__reason">同级或上级管理员，由上级管理员管理</Text>}
        </View>
      }
      extra={<Text className="member-cell__phone">{member.phoneMasked ?? '未登记手机'}</Text>}
    />
  );
}
