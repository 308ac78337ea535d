import { Image, Swiper, SwiperItem, Text, View } from '@tarojs/components';
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

function BannerSlide({ banner }: { banner: Banner }) {
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

/** The units' banners, each opening what it announces; nothing when there are none. */
export function HomeBanner({ banners }: { banners: Banner[] }) {
  if (banners.length === 0) return null;
  if (banners.length === 1) {
    return (
      <View className="home-banner">
        <BannerSlide banner={banners[0]!} />
      </View>
    );
  }
  return (
    // The platform's own swiper: the kit's would weigh on the main package for the same slides.
    <Swiper
      className="home-banner"
      autoplay
      circular
      interval={5000}
      indicatorDots
      indicatorColor="rgba(255, 255, 255, 0.5)"
      indicatorActiveColor="#FFFFFF"
    >
      {banners.map((banner) => (
        <SwiperItem key={banner.bannerId}>
          <BannerSlide banner={banner} />
        </SwiperItem>
      ))}
    </Swiper>
  );
}
