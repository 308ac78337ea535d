import { Image, Text, View } from '@tarojs/components';
import { Badge, Grid } from '@nutui/nutui-react-taro';
import { openPage } from '@/lib/pages';
import { ENTRY_ICONS, type EntryIconName } from './entry-icon';

export interface HomeEntry {
  label: string;
  icon: EntryIconName;
  open: () => void;
  /** A count waiting behind the entry; 0 shows no badge. */
  badge: number;
}

/** The entries of the home's icon grid, in the order members look for them; 管理后台 only for admins. */
export function homeEntries(counts: {
  quiz: number;
  votes: number;
  notices: number;
  plans: number;
  admin: number | null;
  openNotices: () => void;
}): HomeEntry[] {
  const entries: HomeEntry[] = [
    { label: '学习', icon: 'study', open: () => openPage('study'), badge: counts.plans },
    { label: '答题', icon: 'quiz', open: () => openPage('quiz'), badge: counts.quiz },
    { label: '活动', icon: 'activity', open: () => openPage('activity'), badge: 0 },
    { label: '通知', icon: 'notice', open: counts.openNotices, badge: counts.notices },
    { label: '投票', icon: 'vote', open: () => openPage('voteIndex'), badge: counts.votes },
    { label: '积分', icon: 'points', open: () => openPage('studyPoints'), badge: 0 },
    { label: '我的档案', icon: 'dossier', open: () => openPage('myDossier'), badge: 0 },
  ];
  entries.push(
    counts.admin === null
      ? { label: '我的收藏', icon: 'me', open: () => openPage('studyMine', { view: 'favorites' }), badge: 0 }
      : { label: '管理后台', icon: 'admin', open: () => openPage('admin'), badge: counts.admin },
  );
  return entries;
}

function EntryTile({ entry, large }: { entry: HomeEntry; large?: boolean }) {
  const tile = (
    <View className={large ? 'home-entry__tile home-entry__tile--solid' : 'home-entry__tile'}>
      <Image className="home-entry__icon" src={ENTRY_ICONS[entry.icon]} mode="aspectFit" />
    </View>
  );
  return entry.badge > 0 ? (
    <Badge value={entry.badge} max={99}>
      {tile}
    </Badge>
  ) : (
    tile
  );
}

/** 8 entries in a 4-column grid; in 长辈模式 the first 4, large, in 2 columns. */
export function HomeEntries({ entries, elder }: { entries: HomeEntry[]; elder: boolean }) {
  if (elder) {
    return (
      <View className="home-entries--elder">
        {entries.slice(0, 4).map((entry) => (
          <View
            key={entry.label}
            className={`home-entry--elder home-entry--${entry.icon}`}
            role="button"
            onClick={entry.open}
          >
            <EntryTile entry={entry} large />
            <Text className="home-entry__label--elder">{entry.label}</Text>
          </View>
        ))}
      </View>
    );
  }
  return (
    <View className="card home-entries">
      <Grid columns={4} gap={0}>
        {entries.map((entry) => (
          <Grid.Item
            key={entry.label}
            text={entry.label}
            onClick={entry.open}
            className={`home-entry home-entry--${entry.icon}`}
          >
            <EntryTile entry={entry} />
          </Grid.Item>
        ))}
      </Grid>
    </View>
  );
}
