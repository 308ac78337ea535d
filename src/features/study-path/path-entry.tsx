import { Text, View } from '@tarojs/components';
import { Cell } from '@nutui/nutui-react-taro';
import { ArrowRight, Tips } from '@nutui/icons-react-taro';
import { openPage } from '@/lib/pages';
import { colors } from '@/theme/tokens';

// Inline, so the tab's stylesheet stays as it is: this row is all the 学习 tab carries of the feature.
const ROW = { display: 'flex', alignItems: 'center', gap: '8px' } as const;

/** The 学习 tab's way into 学习路径; the page itself is in a subpackage, the tab holds only this link. */
export function PathEntry() {
  return (
    <Cell
      data-testid="study-path-entry"
      title={
        <View style={ROW}>
          <Tips size={22} color={colors.primary} />
          <Text>我的学习路径</Text>
        </View>
      }
      description="按错题和学习计划，为您挑选下一步"
      extra={<ArrowRight size={16} color={colors.text3} />}
      onClick={() => openPage('studyPath')}
    />
  );
}
