import { useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button, CellGroup, Popup, Tabs, TextArea } from '@nutui/nutui-react-taro';
import { SUGGESTION_STATUS_LABELS, SUGGESTION_STATUSES, type SuggestionStatus } from '@contract/engage-labels';
import { PageShell } from '@/components/page-shell';
import { PagedList } from '@/components/paged-list';
import { SuggestionCard } from '@/features/engage/suggestion-card';
import { call } from '@/lib/api-client';
import { useCall } from '@/lib/use-call';
import { usePagedCall } from '@/lib/use-paged-call';
import '@/features/engage/engage.scss';

/** The unit's suggestions by status, this month's counts, 处理中 and the reply sheet. */
export default function AdminSuggestionsPage() {
  const unitId = useRouter().params.unitId ?? '';
  const [status, setStatus] = useState<SuggestionStatus>('received');
  const [replying, setReplying] = useState<string | null>(null);
  const [reply, setReply] = useState('');
  const [message, setMessage] = useState('');
  const counts = useCall('admin.suggestionList', { unitId, limit: 1 }, unitId);
  const paged = usePagedCall((skip) => call('admin.suggestionList', { unitId, status, skip, limit: 20 }), status);
  const done = (result: { ok: boolean; error?: { message: string } }) => {
    if (!result.ok) return setMessage(result.error?.message ?? '');
    setMessage('');
    setReplying(null);
    setReply('');
    paged.reload();
    counts.reload();
  };
  const month = counts.state.status === 'ready' ? counts.state.data.thisMonth : null;
  return (
    <PageShell>
      {month ? (
        <View className="engage-counts" data-testid="suggestion-counts">
          {SUGGESTION_STATUSES.map((s) => (
            <View key={s} className="engage-counts__item">
              <Text className="engage-counts__number">{month[s]}</Text>
              <Text className="engage-counts__label">本月{SUGGESTION_STATUS_LABELS[s]}</Text>
            </View>
          ))}
        </View>
      ) : null}
      <Tabs value={status} onChange={(value) => setStatus(value as SuggestionStatus)}>
        {SUGGESTION_STATUSES.map((s) => (
          <Tabs.TabPane key={s} value={s} title={SUGGESTION_STATUS_LABELS[s]} />
        ))}
      </Tabs>
      {message ? <View className="notice">{message}</View> : null}
      <CellGroup className="row-list">
        <PagedList paged={paged} empty="这里暂时没有建议。">
          {(item) => (
            <SuggestionCard
              key={item.suggestionId}
              item={item}
              who={item.authorName ?? '匿名党员'}
              actions={
                item.status === 'answered' ? null : (
                  <>
                    {item.status === 'received' ? (
                      <Button
                        size="small"
                        fill="outline"
                        onClick={() =>
                          void call('admin.suggestionProgress', { suggestionId: item.suggestionId }).then(done)
                        }
                      >
                        标记处理中
                      </Button>
                    ) : null}
                    <Button size="small" type="primary" onClick={() => setReplying(item.suggestionId)}>
                      答复
                    </Button>
                  </>
                )
              }
            />
          )}
        </PagedList>
      </CellGroup>
      <Popup
        visible={replying !== null}
        position="bottom"
        round
        closeable
        title="答复建议"
        onClose={() => setReplying(null)}
      >
        <View className="sheet">
          <TextArea value={reply} maxLength={1000} placeholder="写下答复，提建议的党员会收到通知" onChange={setReply} />
          <Button
            block
            type="primary"
            onClick={() => replying && void call('admin.suggestionReply', { suggestionId: replying, reply }).then(done)}
          >
            提交答复
          </Button>
        </View>
      </Popup>
    </PageShell>
  );
}
