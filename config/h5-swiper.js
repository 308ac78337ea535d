/**
 * What Taro's H5 Swiper component gets when it imports `swiper/bundle` (config/index.ts points it here): the
 * slider's core with the two modules that component drives, autoplay and the pagination dots, instead of the
 * bundle's twenty-odd (zoom, virtual slides, 3D effects, keyboard, mousewheel…) that nothing in the app uses.
 * That is about 175 KB less for every page with a banner, the 首页 first. A Swiper that needs another
 * module (Taro's `zoom` or `effectsProps`) needs it added here.
 */
import Swiper from 'swiper';
import { Autoplay, Pagination } from 'swiper/modules';

Swiper.use([Autoplay, Pagination]);

export default Swiper;
