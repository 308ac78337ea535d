import { Swiper, SwiperItem, View } from '@tarojs/components';
import type { HomeBanner as Banner } from '@contract/schemas/home';
import { BannerRow } from './banner-row';
import { BannerSlide } from './banner-slide';

/** WeChat's own swiper: free in the mini-program, where the kit's would weigh on the main package. */
function BannerSwiper({ banners }: { banners: Banner[] }) {
  return (
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
  // The build replaces TARO_ENV, so webpack drops the other platform's branch and, with it, what only that
  // branch uses: Taro's H5 Swiper and its slider library never reach the browser's 首页.
  return process.env.TARO_ENV === 'h5' ? <BannerRow banners={banners} /> : <BannerSwiper banners={banners} />;
}
