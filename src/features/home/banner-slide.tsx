import { Image, Text, View } from '@tarojs/components';
import { ArrowRight } from '@nutui/icons-react-taro';
import type { HomeBanner as Banner, HomeBannerTarget } from '@contract/schemas/home';
import { openPage } from '@/lib/pages';

function openTarget(target: HomeBannerTarget) {
  if (target.kind === 'content') openPage('studyDetail', { contentId: target.id });
  else if (target.kind === 'activity') openPage('activityDetail', { activityId: target.id });
  else openPage('voteDetail', { voteId: target.id });
}

const ACTION_LABELS: Record<HomeBannerTarget['kind'], string> = {
  content: '立即学习',
  activity: '查看活动',
  vote: '去投票',
};

/** One banner: its cover (or the red gradient), title and action; tapping opens what it announces. */
export function BannerSlide({ banner }: { banner: Banner }) {
  return (
    <View
      className={banner.coverUrl ? 'home-banner__slide' : 'home-banner__slide home-banner__slide--plain'}
      role="link"
      aria-label={banner.title}
      onClick={() => openTarget(banner.target)}
    >
      {banner.coverUrl ? <Image className="home-banner__cover" src={banner.coverUrl} mode="aspectFill" /> : null}
      <View className="home-banner__text">
        {banner.subtitle ? <Text className="home-banner__subtitle">{banner.subtitle}</Text> : null}
        <Text className="home-banner__title">{banner.title}</Text>
        <View className="home-banner__action">
          <Text>{ACTION_LABELS[banner.target.kind]}</Text>
          <ArrowRight size={10} />
        </View>
      </View>
    </View>
  );
}
