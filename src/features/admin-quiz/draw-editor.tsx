import { Text, View } from '@tarojs/components';
import { Button, CellGroup } from '@nutui/nutui-react-taro';
import { DIFFICULTIES, DIFFICULTY_LABELS, type Difficulty } from '@contract/labels';
import { ChoiceField, TextField } from '@/components/form';
import { StepperField } from '@/features/admin-study/stepper-field';
import type { Draw } from './quiz-values';

/** Groups of random questions, each by knowledge point and difficulty, with a count. */
export function DrawEditor({ draws, onChange }: { draws: Draw[]; onChange: (draws: Draw[]) => void }) {
  const setDraw = (index: number, patch: Partial<Draw>) =>
    onChange(draws.map((d, i) => (i === index ? { ...d, ...patch } : d)));
  return (
    <View>
      {draws.map((draw, index) => (
        <View key={index} className="console-group">
          <CellGroup>
            <TextField
              label={`第 ${index + 1} 组：知识点（可不填）`}
              value={draw.tag ?? ''}
              placeholder="不填为不限知识点"
              onChange={(tag) => setDraw(index, { tag: tag.trim() || undefined })}
            />
            <ChoiceField<Difficulty | 'any'>
              label="难度"
              value={draw.difficulty ?? 'any'}
              options={[
                { value: 'any', label: '不限' },
                ...DIFFICULTIES.map((d) => ({ value: d, label: DIFFICULTY_LABELS[d] })),
              ]}
              onChange={(d) => setDraw(index, { difficulty: d === 'any' ? undefined : d })}
            />
            <StepperField
              label="抽题数"
              value={draw.count}
              min={1}
              max={50}
              unit="道"
              onChange={(count) => setDraw(index, { count })}
            />
          </CellGroup>
          <Button size="small" fill="none" onClick={() => onChange(draws.filter((_, i) => i !== index))}>
            删除这一组
          </Button>
        </View>
      ))}
      {draws.length === 0 ? <Text className="muted">没有随机抽题，只用上面选定的题目。</Text> : null}
      <Button
        size="small"
        fill="outline"
        disabled={draws.length >= 10}
        onClick={() => onChange([...draws, { count: 5 }])}
      >
        + 增加一组抽题
      </Button>
    </View>
  );
}
