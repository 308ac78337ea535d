import { useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button, Cell, CellGroup, Popup, Tag } from '@nutui/nutui-react-taro';
import { Add } from '@nutui/icons-react-taro';
import { CARE_KIND_LABELS } from '@contract/transfer-labels';
import { PageShell } from '@/components/page-shell';
import { PagedList } from '@/components/paged-list';
import { SectionHeader } from '@/components/section-header';
import { CareForm } from '@/features/transfers/care-form';
import { call } from '@/lib/api-client';
import { dateText } from '@/lib/format';
import { usePagedCall } from '@/lib/use-paged-call';
import '@/features/admin/members.scss';
import '@/features/transfers/transfers.scss';

/** 关怀记录 of one member: only the admins of their branch and above reach this page's data. */
export default function CarePage() {
  const memberId = useRouter().params.memberId ?? '';
  const [adding, setAdding] = useState(false);
  const [memberName, setMemberName] = useState('');
  const paged = usePagedCall(async (skip) => {
    const result = await call('admin.careList', { memberId, skip, limit: 20 });
    if (result.ok) setMemberName(result.data.memberName);
    return result;
  }, memberId);
  return (
    <PageShell>
      <SectionHeader title={memberName ? `${memberName}的关怀记录` : '关怀记录'} />
      <View className="transfer-toolbar">
        <Button block type="primary" icon={<Add size={16} />} onClick={() => setAdding(true)}>
          记录关怀
        </Button>
      </View>
      <CellGroup className="transfer-list">
        <PagedList paged={paged} empty="还没有关怀记录。走访、帮扶后请及时记录。">
          {(care) => (
            <Cell key={care.careId} className="transfer-cell">
              <View className="transfer-card" data-testid="care-card">
                <View className="transfer-card__line">
                  <Text className="transfer-card__name">{dateText(care.at)}</Text>
                  <Tag type="primary">{CARE_KIND_LABELS[care.kind]}</Tag>
                </View>
                <Text className="transfer-card__text">{care.note}</Text>
                {care.help ? <Text className="transfer-card__route">帮扶：{care.help}</Text> : null}
                <Text className="transfer-card__meta">记录人：{care.recordedByName}</Text>
              </View>
            </Cell>
          )}
        </PagedList>
      </CellGroup>
      <Popup visible={adding} position="bottom" round closeable title="记录关怀" onClose={() => setAdding(false)}>
        <View className="transfer-sheet">
          <CareForm
            memberId={memberId}
            onDone={() => {
              setAdding(false);
              paged.reload();
            }}
          />
        </View>
      </Popup>
    </PageShell>
  );
}
