import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Cell, CellGroup, Popup, SearchBar } from '@nutui/nutui-react-taro';
import { Field } from '@/components/form';
import { EmptyView, ErrorView, LoadingView } from '@/components/state-views';
import { PickRow } from '@/components/pick-row';
import type { CallState } from '@/lib/use-call';

export interface PickOption {
  id: string;
  name: string;
  meta: string;
}

/**
 * A field whose value is chosen from a searchable list in a bottom sheet (a member of the unit, a receiving
 * branch): the row shows the choice by name, never by id.
 */
export function PickField({
  label,
  title,
  value,
  options,
  onPick,
  onSearch,
  error,
  testId,
}: {
  label: string;
  title: string;
  value: PickOption | null;
  options: CallState<PickOption[]>;
  onPick: (option: PickOption) => void;
  /** Searches on the server; without it the loaded options are filtered by name. */
  onSearch?: (query: string) => void;
  error?: string;
  testId?: string;
}) {
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const shown =
    options.status === 'ready'
      ? onSearch
        ? options.data
        : options.data.filter((option) => option.name.includes(query.trim()))
      : [];
  return (
    <Field label={label} error={error}>
      <View
        className="field__input field__picker"
        role="button"
        aria-label={`${label}：${value?.name ?? '请选择'}`}
        data-testid={testId}
        onClick={() => setOpen(true)}
      >
        <Text className={value ? '' : 'muted'}>{value ? value.name : '请选择'}</Text>
      </View>
      <Popup visible={open} position="bottom" round closeable title={title} onClose={() => setOpen(false)}>
        <View className="transfer-form transfer-sheet">
          <SearchBar
            placeholder="输入名称查找"
            value={query}
            onChange={(text) => {
              setQuery(text);
              onSearch?.(text);
            }}
          />
          <CellGroup className="transfer-pick">
            {options.status === 'loading' ? <LoadingView /> : null}
            {options.status === 'error' ? <ErrorView message={options.error.message} /> : null}
            {options.status === 'ready' && shown.length === 0 ? (
              <EmptyView message="没有找到，请换个名称再试。" />
            ) : null}
            {shown.map((option) => (
              <PickRow
                key={option.id}
                on={value?.id === option.id}
                onToggle={() => {
                  onPick(option);
                  setOpen(false);
                }}
              >
                <Text className="transfer-pick__name">{option.name}</Text>
                <Text className="transfer-pick__meta">{option.meta}</Text>
              </PickRow>
            ))}
          </CellGroup>
          {options.status === 'ready' && onSearch && shown.length >= 20 ? (
            <Cell title={<Text className="muted">只显示前 20 位，请输入姓名查找。</Text>} />
          ) : null}
        </View>
      </Popup>
    </Field>
  );
}
