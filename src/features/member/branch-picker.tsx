import { useMemo, useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Cell, CellGroup, Popup, SearchBar } from '@nutui/nutui-react-taro';
import { Check } from '@nutui/icons-react-taro';
import { EmptyView } from '@/components/state-views';
import { colors } from '@/theme/tokens';

interface Branch {
  unitId: string;
  name: string;
  path: string;
}

/** The branch to bind to: a row that opens the branches sorted by name, searchable by name or parent. */
export function BranchPicker({
  branches,
  value,
  onChange,
  error,
}: {
  branches: Branch[];
  value: string;
  onChange: (unitId: string) => void;
  error?: string;
}) {
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const sorted = useMemo(() => [...branches].sort((a, b) => a.name.localeCompare(b.name, 'zh-CN')), [branches]);
  const wanted = query.trim();
  const shown = wanted ? sorted.filter((b) => b.name.includes(wanted) || b.path.includes(wanted)) : sorted;
  const chosen = branches.find((branch) => branch.unitId === value);
  return (
    <>
      <Cell
        className={error ? 'field field--error bind__branch' : 'field bind__branch'}
        title="所在党支部"
        extra={<Text className={chosen ? '' : 'field__placeholder'}>{chosen ? chosen.name : '请选择'}</Text>}
        description={error}
        clickable
        onClick={() => setOpen(true)}
      />
      <Popup visible={open} position="bottom" round closeable title="选择党支部" onClose={() => setOpen(false)}>
        <View className="branch-picker">
          <SearchBar shape="round" placeholder="搜索支部名称" value={query} onChange={setQuery} />
          {shown.length === 0 ? (
            <EmptyView message={`没有名称含“${wanted}”的支部`} hint="可以填写支部邀请码代替选择" />
          ) : (
            <CellGroup>
              {shown.map((branch) => (
                <Cell
                  key={branch.unitId}
                  title={branch.name}
                  description={branch.path}
                  extra={branch.unitId === value ? <Check color={colors.primary} /> : undefined}
                  clickable
                  onClick={() => {
                    onChange(branch.unitId);
                    setOpen(false);
                  }}
                />
              ))}
            </CellGroup>
          )}
        </View>
      </Popup>
    </>
  );
}
