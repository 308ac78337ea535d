import type { MemberDoc, UnitDoc } from '../../cloudfunctions/modules/members/members.types';
import type {
  PublicityClosingDoc,
  PublicityItemDoc,
  PublicityObjectionDoc,
} from '../../cloudfunctions/modules/publicity/publicity.types';
import type { PersonalDataCipher } from '../../cloudfunctions/security/personal-data';
import type { DocStore } from '../../cloudfunctions/store/types';

const DAY = 86_400_000;
const EAST_BRANCH = 'u-b-east';

/**
 * The 东湖 branch's board: an open 发展对象公示 with one objection from a member (not the one the gallery
 * signs in as, who sees the objection form), and a 预备党员转正公示 that closed last week with its record.
 */
export async function seedDemoPublicity(store: DocStore, pii: PersonalDataCipher, now: number): Promise<boolean> {
  const items = store.collection<PublicityItemDoc>('publicity_items');
  if ((await items.count({})) > 0) return false;
  const unit = await store.collection<UnitDoc>('units').get(EAST_BRANCH);
  const branch = await store
    .collection<MemberDoc>('members')
    .find({ unitId: EAST_BRANCH }, { sort: [['nameKey', 1]], limit: 100 });
  const plain = branch.filter((m) => m.role === 'member');
  const secretary = branch.find((m) => m.role !== 'member');
  const objector = plain[1];
  if (!unit || !objector) return false;
  const base = {
    unitId: unit._id,
    unitPath: [...unit.path, unit._id],
    unitName: unit.name,
    withdrawn: false,
    withdrawReason: null,
    withdrawnAt: null,
    source: null,
    createdBy: secretary?._id ?? null,
  };
  const candidate = plain[2]?.name ?? '王晓明';
  const probationer = plain[3]?.name ?? '陈丽华';
  const open: PublicityItemDoc = {
    ...base,
    _id: 'pb-demo-open',
    kind: 'development_candidate',
    title: `关于${candidate}同志列为发展对象的公示`,
    body: [
      `经党小组推荐、支部委员会研究，拟将${candidate}同志列为发展对象，现予公示。`,
      `${candidate}同志，1994年出生，大学本科，2023年3月递交入党申请书，2024年4月被确定为入党积极分子。`,
      '公示期间，党员和群众可通过公示栏提出意见，也可向支部书记当面反映。反映情况应实事求是，支部将严格保密。',
    ]
      .map((p) => `<p>${p}</p>`)
      .join(''),
    startsAt: now - 2 * DAY,
    endsAt: now + 5 * DAY,
    closed: false,
    objectionCount: 1,
    handledCount: 0,
    createdAt: now - 2 * DAY,
    updatedAt: now - 2 * DAY,
  };
  const closed: PublicityItemDoc = {
    ...base,
    _id: 'pb-demo-closed',
    kind: 'probationary_conversion',
    title: `关于${probationer}同志预备党员转正的公示`,
    body: `<p>${probationer}同志预备期已满一年，经支部委员会审查，拟提交支部党员大会讨论其转为正式党员，现予公示。</p>`,
    startsAt: now - 14 * DAY,
    endsAt: now - 7 * DAY,
    closed: true,
    objectionCount: 0,
    handledCount: 0,
    createdAt: now - 14 * DAY,
    updatedAt: now - 14 * DAY,
  };
  await items.insert(open);
  await items.insert(closed);
  const objection: PublicityObjectionDoc = {
    _id: `${open._id}_${objector._id}_1`,
    itemId: open._id,
    unitPath: open.unitPath,
    memberId: objector._id,
    memberName: objector.name,
    memberUnitName: unit.name,
    text: '该同志近半年参加社区志愿服务次数较少，建议支部进一步了解其日常表现。',
    phoneSealed: pii.encrypt('13900001111'),
    handled: false,
    note: null,
    handledAt: null,
    handledBy: null,
    createdAt: now - DAY,
  };
  await store.collection<PublicityObjectionDoc>('publicity_objections').insert(objection);
  await store.collection<PublicityClosingDoc>('publicity_closings').insert({
    _id: closed._id,
    itemId: closed._id,
    unitPath: closed.unitPath,
    closedAt: closed.endsAt,
    objectionCount: 0,
    handledCount: 0,
  });
  return true;
}
