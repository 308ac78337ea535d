import { Cell, Switch } from '@nutui/nutui-react-taro';
import { radius } from '@/theme/tokens';
import { useElderMode } from './use-elder-mode';

export function ElderModeSwitch() {
  const [enabled, setEnabled] = useElderMode();
  return (
    <Cell
      className="elder-switch"
      radius={radius.card}
      title="长辈模式"
      description="字更大，对比更强"
      extra={
        <Switch
          className="elder-switch__control"
          checked={enabled}
          ariaLabel="长辈模式"
          onChange={(checked) => setEnabled(checked)}
        />
      }
    />
  );
}
