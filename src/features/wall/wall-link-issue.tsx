import { Button, InputNumber } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import type { WallLink } from '@contract/schemas/wall';
import { WALL_LINK_HOURS } from '@contract/labels';
import { Field } from '@/components/form';
import { useRouteForm } from '@/lib/use-route-form';

/** How long the new link lasts, and the button that issues it. */
export function WallLinkIssue({ unitId, onIssued }: { unitId: string; onIssued: (link: WallLink) => void }) {
  const form = useRouteForm('admin.wallLinkIssue', {
    initial: { hours: WALL_LINK_HOURS.default as number },
    toInput: (values) => ({ unitId, hours: values.hours }),
    successToast: '已生成，请复制链接',
    guard: false,
    onDone: (link) => onIssued(link),
  });
  const hours = form.field('hours');
  return (
    <View className="wall-issue">
      <Field label="有效时长" error={hours.error}>
        <View className="wall-issue__hours" data-testid="wall-hours">
          <InputNumber
            value={form.values.hours}
            min={WALL_LINK_HOURS.min}
            max={WALL_LINK_HOURS.max}
            onChange={(next) => form.set('hours', Number(next))}
          />
          <Text className="muted">小时（最长 3 天）</Text>
        </View>
      </Field>
      {form.formMessage ? <Text className="field__error">{form.formMessage}</Text> : null}
      <Button type="primary" block loading={form.busy} disabled={form.busy} onClick={() => void form.submit()}>
        生成大屏链接
      </Button>
      <Text className="wall-issue__note">
        链接可在会议室电脑的浏览器中直接打开，无需登录；只显示汇总数据，不含党员姓名。到期或撤销后即失效。
      </Text>
    </View>
  );
}
