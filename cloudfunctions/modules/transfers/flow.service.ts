import type { z } from 'zod';
import type { FlowEndInput, FlowRegisterInput } from '../../../types/schemas/transfers';
import { AppError } from '../../kernel/app-error';
import { requireMember, type CallContext } from '../../kernel/context';
import { DuplicateKeyError } from '../../store/types';
import { appendAudit } from '../audit/audit';
import { loadMember } from '../members/member-writes';
import { membersRepository } from '../members/members.repository';
import { setMemberStatus } from './member-move';
import { transfersRepository } from './transfers.repository';
import type { FlowEndingDoc, FlowRegistrationDoc } from './transfers.types';

const DAY = 86_400_000;

const toEnding = ({ on, reason, byName }: FlowEndingDoc) => ({ on, reason, byName });

/** 流动党员: where a member working or living away is, and whom to contact there; one registration each. */
export async function toRegistration(ctx: CallContext, doc: FlowRegistrationDoc) {
  const unitName = (await membersRepository(ctx.store).unitById(doc.unitId))?.name ?? '未知单位';
  return {
    memberId: doc.memberId,
    memberName: doc.memberName,
    unitName,
    place: doc.place,
    contactUnit: doc.contactUnit,
    since: doc.since,
    until: doc.until,
    registeredAt: doc.registeredAt,
    ended: doc.ended ? toEnding(doc.ended) : null,
    past: (doc.past ?? []).map((flow) => ({ place: flow.place, since: flow.since, ended: toEnding(flow.ended) })),
  };
}

export async function registerFlow(ctx: CallContext, input: z.output<typeof FlowRegisterInput>) {
  const admin = requireMember(ctx);
  const member = await loadMember(membersRepository(ctx.store), input.memberId);
  if (member.status === 'transferred' || member.status === 'suspended')
    throw new AppError('CONFLICT', `${member.name}目前不是正常党籍状态，不能登记为流动党员。`);
  if (input.until !== null && input.until <= input.since)
    throw new AppError('VALIDATION_FAILED', '预计返回时间要晚于外出时间。', { until: '请重新选择' });
  const doc: FlowRegistrationDoc = {
    _id: member._id,
    memberId: member._id,
    memberName: member.name,
    unitId: member.unitId,
    unitPath: member.unitPath,
    place: input.place,
    contactUnit: input.contactUnit,
    since: input.since,
    until: input.until,
    registeredBy: admin._id,
    registeredAt: ctx.now,
  };
  const { flows } = transfersRepository(ctx.store);
  try {
    await flows.insert(doc);
  } catch (error) {
    if (!(error instanceof DuplicateKeyError)) throw error;
    const { _id, ...fields } = doc;
    // Registering again after 结束流动 starts a new registration; the ended one moves to `past`.
    const previous = await flows.get(_id);
    const ended = previous?.ended;
    await flows.updateWhere(
      { _id },
      ended
        ? {
            $set: fields,
            $unset: { ended: true },
            $push: { past: { place: previous.place, since: previous.since, ended } },
          }
        : { $set: fields },
    );
    if (ended) doc.past = [...(previous.past ?? []), { place: previous.place, since: previous.since, ended }];
  }
  await setMemberStatus(ctx, member._id, 'mobile');
  await appendAudit(ctx, {
    action: 'flow.register',
    summary: `登记流动党员${member.name}：${input.place}`,
    targetId: member._id,
    targetName: member.name,
    unitPath: member.unitPath,
  });
  return toRegistration(ctx, doc);
}

export async function unitFlows(ctx: CallContext, unitId: string, skip: number, limit: number) {
  const { flows } = transfersRepository(ctx.store);
  const [docs, total] = await Promise.all([
    flows.find({ unitPath: unitId }, { sort: [['since', -1]], skip, limit }),
    flows.count({ unitPath: unitId }),
  ]);
  return { items: await Promise.all(docs.map((doc) => toRegistration(ctx, doc))), total };
}

/**
 * 结束流动: the member is back, or the registration no longer applies. The first call claims the ending with a
 * conditional write, so two admins ending it at once log it once; a later call answers `alreadyEnded`. The
 * member's status returns from 流动党员 to 正常 unless something else (a transfer) changed it meanwhile.
 */
export async function endFlow(ctx: CallContext, input: z.output<typeof FlowEndInput>) {
  const admin = requireMember(ctx);
  const { flows } = transfersRepository(ctx.store);
  const doc = await flows.get(input.memberId);
  if (!doc) throw new AppError('NOT_FOUND', '这位党员没有流动党员登记，无需结束流动。');
  if (doc.ended) return { ...(await toRegistration(ctx, doc)), alreadyEnded: true };
  if (input.endedOn < doc.since - DAY)
    throw new AppError('VALIDATION_FAILED', '结束日期不能早于外出日期。', { endedOn: '请重新选择结束日期' });
  if (input.endedOn > ctx.now + DAY)
    throw new AppError('VALIDATION_FAILED', '结束日期不能晚于今天。', { endedOn: '请选择今天或以前的日期' });
  const ended: FlowEndingDoc = {
    on: input.endedOn,
    reason: input.reason,
    by: admin._id,
    byName: admin.name,
    at: ctx.now,
  };
  const claimed = await flows.updateWhere({ _id: doc._id, ended: { $exists: false } }, { $set: { ended } });
  if (claimed === 0) {
    const current = (await flows.get(doc._id)) ?? doc;
    return { ...(await toRegistration(ctx, current)), alreadyEnded: true };
  }
  const member = await loadMember(membersRepository(ctx.store), doc.memberId);
  if (member.status === 'mobile') await setMemberStatus(ctx, member._id, 'normal');
  await appendAudit(ctx, {
    action: 'flow.end',
    summary: `结束了${doc.memberName}的流动党员登记（${doc.place}）：${input.reason}`,
    targetId: doc.memberId,
    targetName: doc.memberName,
    unitPath: doc.unitPath,
  });
  return { ...(await toRegistration(ctx, { ...doc, ended })), alreadyEnded: false };
}

/** My own registration, for 我的组织关系: current, ended, or none. */
export async function myFlow(ctx: CallContext, memberId: string) {
  const doc = await transfersRepository(ctx.store).flows.get(memberId);
  return doc ? toRegistration(ctx, doc) : null;
}
