import { monthlyDueFen, type DuesCategory } from '../../types/dues-brackets';
import {
  monthDocId,
  monthOf,
  previousMonth,
  receiptPaymentId,
} from '../../cloudfunctions/modules/dues/dues.repository';
import type { DuesMonthDoc, DuesPaymentDoc, DuesProfileDoc } from '../../cloudfunctions/modules/dues/dues.types';
import type { MemberDoc } from '../../cloudfunctions/modules/members/members.types';
import type { PersonalDataCipher } from '../../cloudfunctions/security/personal-data';
import type { DocStore } from '../../cloudfunctions/store/types';

const DAY = 86_400_000;
const EAST_BRANCH = 'u-b-east';

/** Categories and amounts (base, or the farmer's chosen amount) handed out in roster order. */
const PROFILES: Array<[DuesCategory, number]> = [
  ['salaried', 650_000],
  ['retired', 320_000],
  ['salaried', 420_000],
  ['salaried', 280_000],
  ['retired', 560_000],
  ['student', 0],
  ['salaried', 1_200_000],
  ['farmer', 50],
];

/**
 * Dues for the 东湖 branch: a profile for every dues-paying member but the last in roster order (a newcomer
 * whose base is still to be set), last month mostly paid with a few in arrears, this month a third paid. The
 * gallery's member (the first plain member) paid last month and has this month to pay.
 */
export async function seedDemoDues(store: DocStore, pii: PersonalDataCipher, now: number): Promise<boolean> {
  const profiles = store.collection<DuesProfileDoc>('dues_profiles');
  if ((await profiles.count({})) > 0) return false;
  const roster = await store
    .collection<MemberDoc>('members')
    .find(
      { unitId: EAST_BRANCH, stage: { $in: ['full', 'probationary'] }, status: { $in: ['normal', 'mobile'] } },
      { sort: [['nameKey', 1]], limit: 100 },
    );
  const lastPlain = [...roster].reverse().find((m) => m.role === 'member');
  const paying = roster.filter((m) => m !== lastPlain);
  if (paying.length === 0) return false;
  const thisMonth = monthOf(now);
  const lastMonth = previousMonth(thisMonth);
  const plainIndex = paying.findIndex((m) => m.role === 'member');
  let receipt = 0;

  for (const [i, member] of paying.entries()) {
    const [category, amount] = PROFILES[i % PROFILES.length]!;
    const due = monthlyDueFen(category, amount);
    await profiles.insert({
      _id: member._id,
      memberId: member._id,
      memberName: member.name,
      unitId: member.unitId,
      unitPath: [...member.unitPath],
      category,
      baseSealed: category === 'salaried' || category === 'retired' ? pii.encrypt(String(amount)) : null,
      monthlyDueFen: due,
      reviewedAt: now - 40 * DAY,
      reviewedBy: null,
    });
    const paidLast = i === plainIndex || (i % 4 !== 1 && i % 5 !== 4);
    const paidThis = i !== plainIndex && i % 3 === 0;
    for (const [month, paid, daysAgo] of [
      [lastMonth, paidLast, 25],
      [thisMonth, paidThis, 2],
    ] as const) {
      const receiptNo = paid ? `DF${month.replace('-', '')}-${String((receipt += 1)).padStart(3, '0')}` : null;
      const paymentId = receiptNo ? receiptPaymentId(member.unitId, receiptNo) : null;
      const method = receipt % 2 === 0 ? 'transfer' : 'cash';
      const record: DuesMonthDoc = {
        _id: monthDocId(member._id, month),
        memberId: member._id,
        memberName: member.name,
        unitId: member.unitId,
        unitPath: [...member.unitPath],
        month,
        dueFen: due,
        state: paid ? 'paid' : 'due',
        paidAt: paid ? now - daysAgo * DAY : null,
        method: paid ? method : null,
        paymentId,
        createdAt: now - (daysAgo + 3) * DAY,
      };
      await store.collection<DuesMonthDoc>('dues_months').insert(record);
      if (paymentId)
        await store.collection<DuesPaymentDoc>('dues_payments').insert({
          _id: paymentId,
          memberId: member._id,
          unitPath: [...member.unitPath],
          months: [month],
          amountFen: due,
          method,
          state: 'paid',
          reference: receiptNo!,
          transactionId: null,
          paidAt: record.paidAt,
          unappliedMonths: [],
          recordedBy: null,
          createdAt: record.paidAt!,
        });
    }
  }
  return true;
}
