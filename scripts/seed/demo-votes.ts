import { eligibleFilter } from '../../cloudfunctions/modules/votes/eligibility';
import type { VoteDoc } from '../../cloudfunctions/modules/votes/votes.types';
import type { DocStore } from '../../cloudfunctions/store/types';

const DAY = 86_400_000;

/** Two open demo votes: an 意见征集 of the community general branch and a 表决 of the demo member's branch. */
export async function seedDemoVotes(store: DocStore, now: number): Promise<boolean> {
  const votes = store.collection<VoteDoc>('votes');
  if ((await votes.count({})) > 0) return false;
  const demo: Array<Omit<VoteDoc, 'eligibleCount'>> = [
    {
      _id: 'vote-demo-poll',
      unitId: 'u-gb-com',
      unitPath: ['u-committee', 'u-gb-com'],
      unitName: '社区党总支',
      kind: 'poll',
      title: '明年主题党日活动安排意见征集',
      description: '请选出您最希望参加的两类活动，总支将据此安排明年的主题党日。',
      options: ['红色教育基地参观', '社区志愿服务', '专题党课', '重温入党誓词'].map((text, i) => ({
        optionId: `o${i + 1}`,
        text,
      })),
      maxChoices: 2,
      opensAt: now - DAY,
      closesAt: now + 7 * DAY,
      resultPolicy: 'after_vote',
      createdBy: 'm-002',
      createdAt: now - DAY,
    },
    {
      _id: 'vote-demo-ballot',
      unitId: 'u-b-west',
      unitPath: ['u-committee', 'u-gb-com', 'u-b-west'],
      unitName: '西苑社区党支部',
      kind: 'ballot',
      title: '关于推荐年度优秀共产党员的表决',
      description: '支委会已公示年度优秀共产党员推荐人选，请正式党员表决是否同意推荐。',
      options: ['同意', '不同意', '弃权'].map((text, i) => ({ optionId: `o${i + 1}`, text })),
      maxChoices: 1,
      opensAt: now - DAY,
      closesAt: now + 3 * DAY,
      resultPolicy: 'after_close',
      createdBy: 'm-007',
      createdAt: now - DAY,
    },
  ];
  for (const vote of demo) {
    const eligibleCount = await store.collection('members').count(eligibleFilter(vote));
    await votes.insert({ ...vote, eligibleCount });
  }
  return true;
}
