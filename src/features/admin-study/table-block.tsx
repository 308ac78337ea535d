import { Text, View } from '@tarojs/components';
import { Button, Input } from '@nutui/nutui-react-taro';
import { parseTable, tableText } from './table-text';

const MAX_COLUMNS = 6;

/** A table edited as rows × columns of inputs, the first row its header. */
export function TableBlock({ text, onChange }: { text: string; onChange: (text: string) => void }) {
  const rows = parseTable(text);
  const columns = rows[0]?.length ?? 2;
  const update = (next: string[][]) => onChange(tableText(next));
  const setCell = (r: number, c: number, value: string) =>
    update(rows.map((row, i) => (i === r ? row.map((cell, j) => (j === c ? value : cell)) : row)));
  return (
    <View className="table-block" data-testid="table-block">
      <Text className="table-block__hint">第一行是表头</Text>
      {rows.map((row, r) => (
        <View key={r} className={r === 0 ? 'table-block__row table-block__row--head' : 'table-block__row'}>
          {row.map((cell, c) => (
            <Input
              key={c}
              className="table-block__cell"
              value={cell}
              placeholder={r === 0 ? `表头${c + 1}` : ''}
              aria-label={`第 ${r + 1} 行第 ${c + 1} 列`}
              onChange={(value) => setCell(r, c, value)}
            />
          ))}
        </View>
      ))}
      <View className="table-block__tools">
        <Button size="small" fill="outline" onClick={() => update([...rows, Array<string>(columns).fill('')])}>
          加一行
        </Button>
        <Button size="small" fill="outline" disabled={rows.length <= 2} onClick={() => update(rows.slice(0, -1))}>
          减一行
        </Button>
        <Button
          size="small"
          fill="outline"
          disabled={columns >= MAX_COLUMNS}
          onClick={() => update(rows.map((row) => [...row, '']))}
        >
          加一列
        </Button>
        <Button
          size="small"
          fill="outline"
          disabled={columns <= 2}
          onClick={() => update(rows.map((row) => row.slice(0, -1)))}
        >
          减一列
        </Button>
      </View>
    </View>
  );
}
