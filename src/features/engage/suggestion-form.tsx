import { Text, View } from '@tarojs/components';
import { Button, CellGroup, Switch, TextArea } from '@nutui/nutui-react-taro';
import { SUGGESTION_CATEGORIES, SUGGESTION_CATEGORY_LABELS, type SuggestionCategory } from '@contract/engage-labels';
import { Field } from '@/components/form';
import { useRouteForm } from '@/lib/use-route-form';

/** What anonymity means, said where the member decides. */
export const ANONYMOUS_MEANING =
  '匿名提交后，支部管理员看不到您的姓名；系统仅保存用于回复通知的加密标记，答复会照常通知您。';

/** 提建议: a category, the text, and whether the branch's admins may see who wrote it. */
export function SuggestionForm({ onDone }: { onDone: () => void }) {
  const form = useRouteForm('suggestion.submit', {
    initial: { category: '' as SuggestionCategory | '', text: '', anonymous: false },
    toInput: (v) => ({ category: v.category as SuggestionCategory, text: v.text, anonymous: v.anonymous }),
    validate: (v): Record<string, string> => (v.category ? {} : { category: '请选择建议类别' }),
    successToast: '建议已提交',
    onDone,
  });
  const { values, set, errors } = form;
  return (
    <View className="engage-card" data-testid="suggestion-form">
      <CellGroup>
        <Field label="类别" error={errors.category}>
          <View className="engage-chips">
            {SUGGESTION_CATEGORIES.map((c) => (
              <Button
                key={c}
                size="small"
                type="primary"
                fill={values.category === c ? 'solid' : 'outline'}
                onClick={() => set('category', c)}
              >
                {SUGGESTION_CATEGORY_LABELS[c]}
              </Button>
            ))}
          </View>
        </Field>
        <Field label="建议内容" error={errors.text}>
          <TextArea
            value={values.text}
            maxLength={1000}
            showCount
            placeholder="写下您的意见或建议，至少 5 个字"
            onChange={(text) => set('text', text)}
          />
        </Field>
        <Field label="匿名提交">
          <View className="engage-card__line">
            <View data-testid="anonymous-switch">
              <Switch checked={values.anonymous} onChange={(on) => set('anonymous', on)} />
            </View>
            <Text className="engage-card__meta">
              {values.anonymous ? '已选择匿名' : '署名提交，管理员可看到您的姓名'}
            </Text>
          </View>
        </Field>
      </CellGroup>
      <Text className="engage-hint">{ANONYMOUS_MEANING}</Text>
      {form.formError ? <View className="notice">{form.formError.message}</View> : null}
      <Button block type="primary" loading={form.busy} onClick={() => void form.submit()}>
        提交建议
      </Button>
    </View>
  );
}
