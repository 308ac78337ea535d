import { Text, View } from '@tarojs/components';
import { Cell, CellGroup, Tag } from '@nutui/nutui-react-taro';
import {
  GENDER_LABELS,
  MEMBER_STATUS_LABELS,
  PERSONAL_FIELD_LABELS,
  ROLE_LABELS,
  STAGE_LABELS,
  type PersonalField,
} from '@contract/labels';
import type { Dossier } from '@contract/schemas/dossier';
import { dateText, partyYearsText } from '@/lib/format';

/** The record's head: name, stage, role and status chips, the unit, and 党龄 once joined. */
export function MemberHead({ dossier }: { dossier: Dossier }) {
  return (
    <View className="member-head">
      <View className="member-head__line">
        <Text className="member-head__name">{dossier.name}</Text>
        <Tag type={dossier.stage === 'full' ? 'danger' : 'warning'} plain={dossier.stage !== 'full'}>
          {STAGE_LABELS[dossier.stage]}
        </Tag>
        {dossier.role !== 'member' ? <Tag type="primary">{ROLE_LABELS[dossier.role]}</Tag> : null}
        {dossier.status !== 'normal' ? <Tag plain>{MEMBER_STATUS_LABELS[dossier.status]}</Tag> : null}
      </View>
      <Text className="member-head__meta">
        {dossier.unitName}
        {dossier.joinedAt !== null ? ` · ${partyYearsText(dossier.joinedAt)}` : ''}
      </Text>
    </View>
  );
}

const masked = (dossier: Dossier, field: PersonalField) =>
  field === 'idCard' ? dossier.idCardMasked : dossier.phoneMasked;

/** 基本信息 as label–value cells; the ID number and phone masked, each with 查看 (re-confirmed, audited). */
export function MemberFacts({
  dossier,
  revealed,
  onReveal,
}: {
  dossier: Dossier;
  revealed: Partial<Record<PersonalField, string>>;
  onReveal: (field: PersonalField) => void;
}) {
  const rows: Array<[string, string]> = [
    ['性别', GENDER_LABELS[dossier.gender]],
    ['出生年份', dossier.birthYear ? `${dossier.birthYear}年` : '未登记'],
    ['民族', dossier.ethnicity ?? '未登记'],
    ['学历', dossier.education ?? '未登记'],
    ['所在支部', dossier.unitName],
    ['党内职务', dossier.position ?? '无'],
    ['入党时间', dossier.joinedAt === null ? '未登记' : dateText(dossier.joinedAt)],
    ['党籍状态', MEMBER_STATUS_LABELS[dossier.status]],
    ['微信绑定', dossier.bound ? '已绑定' : '未绑定'],
  ];
  return (
    <CellGroup className="member-facts">
      {rows.map(([label, value]) => (
        <Cell key={label} className="member-facts__row" title={label} extra={value} />
      ))}
      {(['idCard', 'phone'] as const).map((field) => {
        const hidden = masked(dossier, field);
        return (
          <Cell
            key={field}
            align="center"
            className="member-facts__row member-facts__row--personal"
            title={PERSONAL_FIELD_LABELS[field]}
            extra={
              <View className="member-facts__personal" data-testid={`member-${field}`}>
                <Text>{revealed[field] ?? hidden ?? '未登记'}</Text>
                {!revealed[field] && hidden ? (
                  <View
                    className="member-facts__reveal"
                    role="button"
                    data-testid="member-reveal"
                    onClick={() => onReveal(field)}
                  >
                    查看
                  </View>
                ) : null}
              </View>
            }
          />
        );
      })}
    </CellGroup>
  );
}
