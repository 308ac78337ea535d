import type { MemberDoc, UnitDoc } from '../../cloudfunctions/modules/members/members.types';
import { closedSortKey, receiptDueAt } from '../../cloudfunctions/modules/transfers/receipt-period';
import type {
  CareRecordDoc,
  FlowRegistrationDoc,
  TransferDoc,
  VolunteerRecordDoc,
} from '../../cloudfunctions/modules/transfers/transfers.types';
import type { DocStore } from '../../cloudfunctions/store/types';

const DAY = 86_400_000;
const EAST = 'u-b-east';
const WEST = 'u-b-west';

/**
 * 组织关系转接 as a working branch has it: a 西苑 member waiting for 东湖 to accept, an east member's letter
 * to an organisation outside the system with its receipt overdue, and the gallery member's own transfer in
 * last year; one 流动党员, volunteer hours and a care record for the gallery member.
 */
export async function seedDemoTransfers(store: DocStore, now: number): Promise<boolean> {
  const transfers = store.collection<TransferDoc>('transfers');
  if ((await transfers.count({})) > 0) return false;
  const members = store.collection<MemberDoc>('members');
  const plain = async (unitId: string) =>
    members.find({ unitId, role: 'member', status: 'normal' }, { sort: [['nameKey', 1]], limit: 10 });
  const [east, west] = [await plain(EAST), await plain(WEST)];
  const [galleryMember, flowing, leaving] = east;
  const [mover] = west;
  const admins = await members.find({ role: 'branch_admin', unitId: { $in: [EAST, WEST] } }, { limit: 10 });
  const adminOf = (unitId: string) => admins.find((admin) => admin.unitId === unitId)?._id ?? 'm-001';
  if (!galleryMember || !flowing || !leaving || !mover) return false;
  const units = await store.collection<UnitDoc>('units').find({ _id: { $in: [EAST, WEST] } }, { limit: 2 });
  const unit = (id: string) => units.find((u) => u._id === id) as UnitDoc;
  const pathOf = (id: string) => [...unit(id).path, id];

  const base = (member: MemberDoc, from: string, createdAt: number, letter: number) => ({
    memberId: member._id,
    memberName: member.name,
    fromUnitId: from,
    fromUnitName: unit(from).name,
    fromPath: pathOf(from),
    letterNo: `城南组字〔${new Date(createdAt).getFullYear()}〕第 ${letter} 号`,
    validUntil: createdAt + 30 * DAY,
    returnReason: null,
    receiptAt: null,
    createdBy: adminOf(from),
    createdAt,
  });
  const inside = (to: string) => ({ toUnitId: to, toName: unit(to).name, toPath: pathOf(to), outside: false });
  const longAgo = now - 400 * DAY;
  const docs: TransferDoc[] = [
    {
      _id: 'tr-demo-in',
      ...base(galleryMember, WEST, longAgo, 31),
      ...inside(EAST),
      reason: '居住地变更，转入东湖社区',
      status: 'accepted',
      receiptDueAt: null,
      actionDueAt: closedSortKey(longAgo + 5 * DAY),
      decidedBy: adminOf(EAST),
      decidedAt: longAgo + 5 * DAY,
    },
    {
      _id: 'tr-demo-waiting',
      ...base(mover, WEST, now - 3 * DAY, 87),
      ...inside(EAST),
      reason: '工作调动到东湖社区',
      status: 'started',
      receiptDueAt: null,
      openFor: mover._id,
      actionDueAt: now + 27 * DAY,
      decidedBy: null,
      decidedAt: null,
    },
    {
      _id: 'tr-demo-outside',
      ...base(leaving, EAST, now - 100 * DAY, 52),
      toUnitId: null,
      toName: '杭州市西湖区委组织部',
      toPath: [],
      outside: true,
      reason: '工作调动到杭州',
      status: 'started',
      receiptDueAt: receiptDueAt(now - 100 * DAY),
      openFor: leaving._id,
      actionDueAt: receiptDueAt(now - 100 * DAY),
      decidedBy: null,
      decidedAt: null,
    },
  ];
  for (const doc of docs) await transfers.insert(doc);

  await store.collection<FlowRegistrationDoc>('flow_registrations').insert({
    _id: flowing._id,
    memberId: flowing._id,
    memberName: flowing.name,
    unitId: EAST,
    unitPath: pathOf(EAST),
    place: '广东省深圳市南山区',
    contactUnit: '南山区流动党员服务站',
    since: now - 60 * DAY,
    until: now + 120 * DAY,
    registeredBy: adminOf(EAST),
    registeredAt: now - 58 * DAY,
  });
  await members.updateWhere({ _id: flowing._id }, { $set: { status: 'mobile' } });

  const volunteer = store.collection<VolunteerRecordDoc>('volunteer_records');
  for (const [suffix, title, daysAgo, minutes] of [
    ['clean', '社区环境整治志愿服务', 20, 180],
    ['elderly', '关爱空巢老人上门服务', 50, 120],
    ['flood', '防汛物资搬运', 140, 240],
  ] as const)
    await volunteer.insert({
      _id: `act-demo-${suffix}_${galleryMember._id}`,
      activityId: `act-demo-${suffix}`,
      title,
      startAt: now - daysAgo * DAY,
      memberId: galleryMember._id,
      minutes,
      source: 'confirmed',
      confirmedBy: adminOf(EAST),
      confirmedAt: now - daysAgo * DAY + DAY,
    });

  await store.collection<CareRecordDoc>('care_records').insert({
    _id: 'care-demo-1',
    memberId: galleryMember._id,
    unitPath: pathOf(EAST),
    kind: 'visit',
    at: now - 12 * DAY,
    note: '重阳节前上门走访，了解身体和家庭情况，身体状况良好，子女在外地工作。',
    help: '送去慰问品，约定每月电话联系一次',
    recordedBy: adminOf(EAST),
    recordedByName: admins.find((admin) => admin.unitId === EAST)?.name ?? '支部书记',
    createdAt: now - 12 * DAY,
  });
  return true;
}
