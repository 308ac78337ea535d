import { useEffect, useRef, useState } from 'react';
import type { HomeBanner as Banner } from '@contract/schemas/home';
import { BannerSlide } from './banner-slide';

const AUTOPLAY_MS = 5000;

/**
 * The banners in the browser: a row the browser itself scrolls and snaps slide by slide, moving on by itself
 * every five seconds (not while a finger is on it), with dots for the slide shown. Taro's Swiper would bring a
 * slider library of about 100 KB to the 首页's first screen for the same slides.
 */
export function BannerRow({ banners }: { banners: Banner[] }) {
  const row = useRef<HTMLDivElement | null>(null);
  const touched = useRef(false);
  const [shown, setShown] = useState(0);

  useEffect(() => {
    const timer = setInterval(() => {
      const element = row.current;
      if (!element || touched.current || element.clientWidth === 0) return;
      const next = (Math.round(element.scrollLeft / element.clientWidth) + 1) % banners.length;
      element.scrollTo({ left: next * element.clientWidth, behavior: 'smooth' });
    }, AUTOPLAY_MS);
    return () => clearInterval(timer);
  }, [banners.length]);

  const onScroll = () => {
    const element = row.current;
    if (element && element.clientWidth > 0) setShown(Math.round(element.scrollLeft / element.clientWidth));
  };

  return (
    <div className="home-banner">
      <div
        ref={row}
        className="home-banner__row"
        onScroll={onScroll}
        onTouchStart={() => (touched.current = true)}
        onTouchEnd={() => (touched.current = false)}
      >
        {banners.map((banner) => (
          <div key={banner.bannerId} className="home-banner__cell">
            <BannerSlide banner={banner} />
          </div>
        ))}
      </div>
      <div className="home-banner__dots" aria-hidden="true">
        {banners.map((banner, index) => (
          <span
            key={banner.bannerId}
            className={index === shown ? 'home-banner__dot home-banner__dot--shown' : 'home-banner__dot'}
          />
        ))}
      </div>
    </div>
  );
}
