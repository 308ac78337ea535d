import { useState } from 'react';
import { View } from '@tarojs/components';
import { Button, Cell, CellGroup, Checkbox, Popup, SearchBar, Tag } from '@nutui/nutui-react-taro';
import { EmptyView, ErrorView, LoadingView } from '@/components/state-views';
import { useCall } from '@/lib/use-call';

export type Mention = { memberId: string; name: string };

/** The members chosen to @, as closable chips; tapping one removes it. */
export function MentionChips({ chosen, onRemove }: { chosen: Mention[]; onRemove: (memberId: string) => void }) {
  if (chosen.length === 0) return null;
  return (
    <View className="forum-chips" data-testid="forum-mentions">
      {chosen.map((m) => (
        <Tag key={m.memberId} type="primary" plain closeable onClose={() => onRemove(m.memberId)}>
          @{m.name}
        </Tag>
      ))}
    </View>
  );
}

/** A bottom sheet to pick branch members to @ by name: names only, searched by how they start. */
export function MentionPicker({
  visible,
  chosen,
  onDone,
  onClose,
}: {
  visible: boolean;
  chosen: Mention[];
  onDone: (chosen: Mention[]) => void;
  onClose: () => void;
}) {
  const [prefix, setPrefix] = useState('');
  const [picked, setPicked] = useState<Mention[]>(chosen);
  const { state, reload } = useCall('forum.mentionCandidates', { prefix }, `${visible}:${prefix}`);
  const toggle = (m: Mention) =>
    setPicked((now) =>
      now.some((p) => p.memberId === m.memberId) ? now.filter((p) => p.memberId !== m.memberId) : [...now, m],
    );
  return (
    <Popup
      visible={visible}
      position="bottom"
      round
      closeable
      title="提到谁（@）"
      onOpen={() => setPicked(chosen)}
      onClose={onClose}
    >
      <View className="forum-picker">
        <SearchBar placeholder="输入姓名查找" value={prefix} onChange={(value) => setPrefix(value.trim())} />
        <View className="forum-picker__list">
          {state.status === 'loading' ? <LoadingView rows={2} /> : null}
          {state.status === 'error' ? <ErrorView message={state.error.message} onRetry={reload} /> : null}
          {state.status === 'ready' && state.data.items.length === 0 ? (
            <EmptyView message="没有找到这位党员" hint="只能提到本支部的党员，请换个字试试。" />
          ) : null}
          {state.status === 'ready' ? (
            <CellGroup>
              {state.data.items.map((m) => (
                <Cell
                  key={m.memberId}
                  title={m.name}
                  clickable
                  onClick={() => toggle(m)}
                  extra={<Checkbox checked={picked.some((p) => p.memberId === m.memberId)} />}
                />
              ))}
            </CellGroup>
          ) : null}
        </View>
        <Button block type="primary" onClick={() => onDone(picked)}>
          {picked.length ? `确定（已选 ${picked.length} 人）` : '确定'}
        </Button>
      </View>
    </Popup>
  );
}
