import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { SearchBar, Tag } from '@nutui/nutui-react-taro';
import { QUESTION_TYPE_LABELS } from '@contract/labels';
import { CallView } from '@/components/call-view';
import { retryWhenUseful } from '@/features/admin/retry-when-useful';
import { PickRow } from '@/components/pick-row';
import { matchesSearch } from '@/features/admin-study/content-status';
import { useCall } from '@/lib/use-call';

/** The unit's active questions, searched by stem and picked by tapping (an exam's fixed questions). */
export function QuestionPicker({
  unitId,
  picked,
  onChange,
}: {
  unitId: string;
  picked: string[];
  onChange: (ids: string[]) => void;
}) {
  const { state, reload } = useCall('admin.questionList', { unitId, status: 'active', limit: 100 }, unitId);
  const [search, setSearch] = useState('');
  const toggle = (id: string) => onChange(picked.includes(id) ? picked.filter((p) => p !== id) : [...picked, id]);
  return (
    <View>
      <SearchBar placeholder="按题干搜索" value={search} onChange={setSearch} onClear={() => setSearch('')} />
      <CallView state={state} onRetry={retryWhenUseful(state, reload)}>
        {({ items }) => {
          if (items.length === 0) return <Text className="muted">本单位题库还没有题目，可只用随机抽题。</Text>;
          const shown = items.filter((q) => picked.includes(q.questionId) || matchesSearch(q.stem, search));
          return (
            <View>
              {shown.slice(0, 30).map((q) => (
                <PickRow key={q.questionId} on={picked.includes(q.questionId)} onToggle={() => toggle(q.questionId)}>
                  <View className="console-cell__row">
                    <Tag type="primary" plain>
                      {QUESTION_TYPE_LABELS[q.type]}
                    </Tag>
                    <Text className="console-cell__title question-row__stem">{q.stem}</Text>
                  </View>
                </PickRow>
              ))}
              {shown.length > 30 ? (
                <Text className="muted">还有 {shown.length - 30} 道，请输入题干中的字缩小范围。</Text>
              ) : null}
            </View>
          );
        }}
      </CallView>
    </View>
  );
}
