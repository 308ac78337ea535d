import { View } from '@tarojs/components';
import { CellGroup } from '@nutui/nutui-react-taro';
import {
  CONTENT_CATEGORIES,
  CONTENT_CATEGORY_LABELS,
  CONTENT_KIND_LABELS,
  CONTENT_KINDS,
  type ContentCategory,
  type ContentKind,
} from '@contract/labels';
import { ChoiceField, TextField } from '@/components/form';
import type { ContentValues } from './content-values';
import { StepperField } from './stepper-field';

type Set = <K extends keyof ContentValues>(name: K, value: ContentValues[K]) => void;

/** Type, column, title and the lines under it: what the member's list shows of an item. */
export function ContentBasics({
  values,
  set,
  errors,
}: {
  values: ContentValues;
  set: Set;
  errors: Record<string, string>;
}) {
  return (
    <View className="console-group">
      <CellGroup>
        <ChoiceField<ContentKind>
          label="内容类型"
          value={values.kind}
          options={CONTENT_KINDS.map((k) => ({ value: k, label: CONTENT_KIND_LABELS[k] }))}
          onChange={(kind) => set('kind', kind)}
        />
        <ChoiceField<ContentCategory>
          label="栏目"
          value={values.category}
          options={CONTENT_CATEGORIES.map((c) => ({ value: c, label: CONTENT_CATEGORY_LABELS[c] }))}
          onChange={(category) => set('category', category)}
        />
        <TextField
          label="标题"
          value={values.title}
          onChange={(title) => set('title', title)}
          error={errors.title}
          placeholder="2 至 60 个字"
          name="content-title"
        />
        <TextField
          label="摘要（可选）"
          value={values.summary}
          onChange={(summary) => set('summary', summary)}
          error={errors.summary}
          placeholder="列表里标题下的一句话"
          name="content-summary"
        />
        <TextField
          label="标签（可选）"
          value={values.tags}
          onChange={(tags) => set('tags', tags)}
          error={errors.tags}
          placeholder="多个标签用逗号分隔"
          name="content-tags"
        />
        <StepperField
          label="预计学习时长"
          value={values.minutes}
          min={1}
          max={300}
          unit="分钟"
          onChange={(minutes) => set('minutes', minutes)}
          error={errors.estimatedMinutes}
          testId="content-minutes"
        />
        <TextField
          label="作者（可选）"
          value={values.author}
          onChange={(a) => set('author', a)}
          name="content-author"
        />
        <TextField
          label="来源（可选）"
          value={values.source}
          onChange={(s) => set('source', s)}
          name="content-source"
        />
      </CellGroup>
    </View>
  );
}
