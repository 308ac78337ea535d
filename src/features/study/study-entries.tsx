import { Cell, Grid } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { ArrowRight, Ask, Edit, Order, Star, Gift } from '@nutui/icons-react-taro';
import { useElderMode } from '@/features/elder-mode/use-elder-mode';
import { openPage } from '@/lib/pages';
import { colors } from '@/theme/tokens';

const ICON = { size: 22, color: colors.primary };

/**
 * The ways into my own study: plans, favourites and recent, 心得, points — two rows of two in 长辈模式 — and
 * 问一问 (its page is in a subpackage; the tab holds only the link).
 */
export function StudyEntries() {
  const [elder] = useElderMode();
  return (
    <>
      <Grid columns={elder ? 2 : 4} square={false} className="study-entries" data-testid="study-entries">
        <Grid.Item text="学习计划" onClick={() => openPage('studyPlans')}>
          <Order {...ICON} />
        </Grid.Item>
        <Grid.Item text="我的学习" onClick={() => openPage('studyMine', { view: 'favorites' })}>
          <Star {...ICON} />
        </Grid.Item>
        <Grid.Item text="学习心得" onClick={() => openPage('studyNotes')}>
          <Edit {...ICON} />
        </Grid.Item>
        <Grid.Item text="我的积分" onClick={() => openPage('studyPoints')}>
          <Gift {...ICON} />
        </Grid.Item>
      </Grid>
      <Cell
        className="study-ask-entry"
        data-testid="study-ask-entry"
        title={
          <View className="study-ask-entry__title">
            <Ask {...ICON} />
            <Text>问一问</Text>
          </View>
        }
        description="用自己的话问学习资料，回答注明出处"
        extra={<ArrowRight size={14} color={colors.text3} />}
        clickable
        onClick={() => openPage('assistantAsk')}
      />
    </>
  );
}
