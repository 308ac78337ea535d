import type { BannerDoc } from '../../cloudfunctions/modules/home/home.types';
import type { DocStore } from '../../cloudfunctions/store/types';

/**
 * Two demo home banners, so the 首页 opens alive: the committee's points every member to the demo topic, the
 * community general branch's to its open 意见征集. Written only into a store without banners, after the demo
 * study content and votes they open.
 */
export async function seedDemoHome(store: DocStore, now: number): Promise<boolean> {
  const banners = store.collection<BannerDoc>('home_banners');
  if ((await banners.count({})) > 0) return false;
  const demo: BannerDoc[] = [
    {
      _id: 'banner-demo-topic',
      unitId: 'u-committee',
      unitPath: ['u-committee'],
      title: '专题学习：严格党的组织生活',
      subtitle: '党章义务、三会一课、党费交纳，一次学全',
      coverFileId: null,
      target: { kind: 'content', id: 'c-demo-topic' },
      createdBy: 'm-001',
      createdAt: now - 2 * 3600_000,
      updatedAt: now - 2 * 3600_000,
    },
    {
      _id: 'banner-demo-poll',
      unitId: 'u-gb-com',
      unitPath: ['u-committee', 'u-gb-com'],
      title: '主题党日怎么安排，听您的',
      subtitle: '社区党总支意见征集进行中',
      coverFileId: null,
      target: { kind: 'vote', id: 'vote-demo-poll' },
      createdBy: 'm-002',
      createdAt: now - 3600_000,
      updatedAt: now - 3600_000,
    },
  ];
  for (const banner of demo) await banners.insert(banner);
  return true;
}
