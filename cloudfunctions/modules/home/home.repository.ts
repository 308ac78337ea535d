import type { DocStore } from '../../store/types';
import type { BannerDoc, HomeViewDoc } from './home.types';

/** The home module's collections: the read model of the home, and the banners admins set. */
export function homeRepository(store: DocStore) {
  return {
    views: store.collection<HomeViewDoc>('home_views'),
    banners: store.collection<BannerDoc>('home_banners'),
  };
}

export const summaryId = (memberId: string) => `member:${memberId}`;
export const feedId = (unitId: string) => `unit:${unitId}`;
export const stampId = (unitId: string) => `stamp:${unitId}`;

/**
 * A record id as a key of a map inside a view (`progress`, `planDone`): field paths allow letters, digits and
 * `_` only, and ids also hold `-`. Reversible, so two ids never share a key.
 */
export const mapKey = (id: string) => id.replace(/_/g, '_u').replace(/-/g, '_d');
