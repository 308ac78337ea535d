import { Grid } from '@nutui/nutui-react-taro';
import { Edit, Order, Star, Gift } from '@nutui/icons-react-taro';
import { useElderMode } from '@/features/elder-mode/use-elder-mode';
import { openPage } from '@/lib/pages';
import { colors } from '@/theme/tokens';

const ICON = { size: 22, color: colors.primary };

/** The ways into my own study: plans, favourites and recent, 心得, points — two rows of two in 长辈模式. */
export function StudyEntries() {
  const [elder] = useElderMode();
  return (
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
  );
}
