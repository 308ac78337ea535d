import { useState } from 'react';
import { View } from '@tarojs/components';
import { Button, CellGroup, Popup } from '@nutui/nutui-react-taro';
import { Add } from '@nutui/icons-react-taro';
import { PageShell } from '@/components/page-shell';
import { PagedList } from '@/components/paged-list';
import { SuggestionCard } from '@/features/engage/suggestion-card';
import { SuggestionForm } from '@/features/engage/suggestion-form';
import { call } from '@/lib/api-client';
import { usePagedCall } from '@/lib/use-paged-call';
import '@/features/engage/engage.scss';

/** 意见建议: my suggestions with their status and reply, and 提建议. */
export default function SuggestPage() {
  const [writing, setWriting] = useState(false);
  const paged = usePagedCall((skip) => call('suggestion.mine', { skip, limit: 20 }), '');
  return (
    <PageShell>
      <View className="engage-counts">
        <Button block type="primary" icon={<Add size={16} />} onClick={() => setWriting(true)}>
          提建议
        </Button>
      </View>
      <CellGroup title="我提的建议" className="row-list">
        <PagedList paged={paged} empty="您还没有提过建议。点上方「提建议」，说说您的想法。">
          {(item) => <SuggestionCard key={item.suggestionId} item={item} />}
        </PagedList>
      </CellGroup>
      <Popup visible={writing} position="bottom" round closeable title="提建议" onClose={() => setWriting(false)}>
        <View className="sheet sheet--tall">
          <SuggestionForm
            onDone={() => {
              setWriting(false);
              paged.reload();
            }}
          />
        </View>
      </Popup>
    </PageShell>
  );
}
