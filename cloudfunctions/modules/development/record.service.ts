import type { z } from 'zod';
import { chinaDayStart, DEVELOPMENT_STEP_LABELS, type DevelopmentStep } from '../../../types/development-rules';
import type { DevelopmentRecordInput, DevelopmentTimeline } from '../../../types/schemas/development';
import { AppError } from '../../kernel/app-error';
import { requireMember, type CallContext } from '../../kernel/context';
import { adminUnitOf, pathInScope, ROLE_RANK } from '../../kernel/scope';
import { DuplicateKeyError } from '../../store/types';
import { appendAudit } from '../audit/audit';
import { changeStage } from '../members/dossier.service';
import { branchOf } from '../members/branch-of';
import { membersRepository } from '../members/members.repository';
import type { MemberDoc } from '../members/members.types';
import { loadMember } from '../members/member-writes';
import { developmentRepository, stepId } from './development.repository';
import { ACTIVE_STATUSES } from './due.service';
import type { StepDoc } from './development.types';
import { assertOwnMaterials } from './materials.service';
import { refreshOverdueEntry } from './overdue-index';
import { claimPathVersion, pathVersion } from './path-version';
import { dateText, nextStep, openDecisions, pathEnded, publicityEnd, stageRank } from './progress';
import { assertPublicityCleared, postPublicity } from './publicity-step';
import { rulesInForce } from './rules-in-force';
import { timelineOf } from './timeline.service';

/**
 * Records the next step of a person's development. The order, the intervals, the documents and the contacts
 * are checked before anything is written; the step is claimed by its deterministic id, so two admins
 * recording it at once cannot both succeed, and the person's path version is then moved on conditionally, so
 * two different steps checked against the same recorded steps cannot both stay; a stage-moving step then changes the stage through the member
 * write path, which publishes `member.changed` for the console's stage counts.
 */
type RecordInput = z.output<typeof DevelopmentRecordInput>;

function assertInOrder(step: DevelopmentStep, member: MemberDoc, done: StepDoc[], rules: DevelopmentStep[]): void {
  if (member.stage === 'full')
    throw new AppError('CONFLICT', `${member.name} 已是正式党员，发展流程已完成，无需再记录。`);
  if (pathEnded(rules, done))
    throw new AppError('CONFLICT', `${member.name} 的预备党员资格已取消，发展流程已结束，无需再记录。`);
  if (done.some((d) => d.stepKey === step.key))
    throw new AppError('CONFLICT', `「${step.label}」已经记录过了；如需更正，请联系党委管理员。`);
  if (step.decision) {
    if (!openDecisions(rules, member.stage, done).some((rule) => rule.key === step.key))
      throw new AppError('CONFLICT', `「${step.label}」只能在预备期内、支部大会讨论转正之前办理。`);
    return;
  }
  const expected = rules.find((rule) => !rule.decision && !done.some((d) => d.stepKey === rule.key));
  if (expected && expected.key !== step.key)
    throw new AppError('CONFLICT', `请按顺序办理：下一步应是「${expected.label}」，完成后才能记录「${step.label}」。`);
}

/**
 * A committee step is taken above the applicant's branch: the role alone is not enough, since an org admin
 * may have been given the branch itself (the default unit when a role is granted).
 */
async function assertMayRecord(step: DevelopmentStep, ctx: CallContext, member: MemberDoc): Promise<void> {
  if (!step.committee) return;
  const admin = requireMember(ctx);
  const refused = new AppError('FORBIDDEN', `「${step.label}」由上级党委办理，请由党委管理员记录。`);
  if (ROLE_RANK[admin.role] < ROLE_RANK.org_admin) throw refused;
  if (admin.role === 'super_admin') return;
  const branch = await branchOf(membersRepository(ctx.store), member.unitPath);
  const at = member.unitPath.indexOf(adminUnitOf(admin));
  if (at < 0 || at >= member.unitPath.indexOf(branch)) throw refused;
}

function assertDate(
  step: DevelopmentStep,
  input: RecordInput,
  rules: DevelopmentStep[],
  member: MemberDoc,
  done: StepDoc[],
  now: number,
) {
  const date = chinaDayStart(input.date);
  if (date > chinaDayStart(now)) throw new AppError('VALIDATION_FAILED', undefined, { date: '日期不能晚于今天' });
  const last = done.reduce<StepDoc | null>((latest, d) => (!latest || d.date > latest.date ? d : latest), null);
  if (last && date < last.date) {
    const message = `日期不能早于上一步「${DEVELOPMENT_STEP_LABELS[last.stepKey]}」（${dateText(last.date)}）。`;
    throw new AppError('CONFLICT', message, { date: message });
  }
  const next = step.decision ? null : nextStep(rules, member.stage, done, now);
  if (next?.earliestAt !== null && next?.earliestAt !== undefined && date < next.earliestAt) {
    const message = `「${next.step.label}」最早可在 ${dateText(next.earliestAt)} 办理（${next.earliestRule}），请到时再记录。`;
    throw new AppError('CONFLICT', message, { date: `最早 ${dateText(next.earliestAt)}` });
  }
  return { date, late: next?.dueAt !== null && next?.dueAt !== undefined && date > next.dueAt };
}

/** Every document the step requires is named and has its file (uploaded with admin.developmentUpload). */
function assertDocuments(step: DevelopmentStep, input: RecordInput): void {
  const names = new Set(input.documents.map((d) => d.name));
  const missing = step.documents.filter((name) => !names.has(name));
  if (missing.length > 0)
    throw new AppError('VALIDATION_FAILED', `还缺材料：${missing.join('、')}。请备齐后再记录。`, {
      documents: `还缺：${missing.join('、')}`,
    });
  const withoutFile = step.documents.filter((name) => !input.documents.some((d) => d.name === name && d.fileId));
  if (withoutFile.length > 0)
    throw new AppError('VALIDATION_FAILED', `请上传材料文件：${withoutFile.join('、')}（PDF 或照片）。`, {
      documents: `未上传文件：${withoutFile.join('、')}`,
    });
}

/** A branch decision carries its reason; an extension, its months within the rules' bounds. */
function decisionFacts(step: DevelopmentStep, input: RecordInput): { extensionMonths?: number } {
  const bounds = step.decision?.extends;
  if (input.extensionMonths !== undefined && !bounds)
    throw new AppError('VALIDATION_FAILED', '只有“延长预备期”需要填写延长的月数。', { extensionMonths: '无需填写' });
  if (!step.decision) return {};
  if (input.note.length < 2)
    throw new AppError('VALIDATION_FAILED', `请写明「${step.label}」的原因。`, { note: '请写明原因' });
  if (!bounds) return {};
  const months = input.extensionMonths;
  if (months === undefined || months < bounds.minMonths || months > bounds.maxMonths) {
    const message = `预备期可延长 ${bounds.minMonths}–${bounds.maxMonths} 个月，请重新选择。`;
    throw new AppError('VALIDATION_FAILED', message, { extensionMonths: message });
  }
  return { extensionMonths: months };
}

/** The named contacts: as many as the step needs, distinct, 正式党员 in good standing, in the admin's subtree. */
async function contactsOf(ctx: CallContext, step: DevelopmentStep, member: MemberDoc, ids: string[]) {
  const need = step.contacts;
  if (!need) return [];
  const unique = [...new Set(ids)];
  if (unique.length < need.min || unique.length > need.max) {
    const count = need.min === need.max ? `${need.min} 名` : `${need.min}–${need.max} 名`;
    throw new AppError('VALIDATION_FAILED', `请选择 ${count}${need.label}。`, {
      contactIds: `请选择 ${count}${need.label}`,
    });
  }
  const admin = requireMember(ctx);
  const repo = membersRepository(ctx.store);
  const contacts = [];
  for (const id of unique) {
    const contact = await repo.memberById(id);
    const fit =
      contact &&
      contact._id !== member._id &&
      contact.stage === 'full' &&
      ACTIVE_STATUSES.includes(contact.status) &&
      pathInScope(admin, contact.unitPath);
    if (!fit) {
      const message = `${need.label}须是本组织的正式党员（不能是本人），请重新选择。`;
      throw new AppError('VALIDATION_FAILED', message, { contactIds: message });
    }
    contacts.push({ memberId: contact._id, name: contact.name });
  }
  return contacts;
}

export async function recordStep(ctx: CallContext, input: RecordInput): Promise<DevelopmentTimeline> {
  const admin = requireMember(ctx);
  const repo = developmentRepository(ctx.store);
  const member = await loadMember(membersRepository(ctx.store), input.memberId);
  const version = await pathVersion(repo, member._id);
  const [{ steps: rules }, done] = await Promise.all([rulesInForce(ctx.store), repo.stepsOf(member._id)]);
  const step = rules.find((rule) => rule.key === input.stepKey) as DevelopmentStep;
  assertInOrder(step, member, done, rules);
  await assertMayRecord(step, ctx, member);
  const { date, late } = assertDate(step, input, rules, member, done, ctx.now);
  assertDocuments(step, input);
  await assertOwnMaterials(
    ctx,
    member._id,
    input.documents.flatMap((d) => (d.fileId ? [d.fileId] : [])),
  );
  const facts = decisionFacts(step, input);
  await assertPublicityCleared(ctx, step, done);
  const contacts = await contactsOf(ctx, step, member, input.contactIds);
  const doc: StepDoc = {
    _id: stepId(member._id, step.key),
    memberId: member._id,
    unitPath: member.unitPath,
    stepKey: step.key,
    stage: step.stage,
    date,
    documents: input.documents.map((d) => ({ name: d.name, fileId: d.fileId ?? null })),
    contacts,
    note: input.note,
    recordedBy: admin._id,
    recordedByName: admin.name,
    recordedAt: ctx.now,
    late,
    ...facts,
  };
  try {
    await repo.steps.insert(doc);
  } catch (error) {
    if (error instanceof DuplicateKeyError)
      throw new AppError('CONFLICT', `「${step.label}」刚刚已由他人记录，请刷新查看。`);
    throw error;
  }
  try {
    const raced = `刚刚已有他人为 ${member.name} 记录了其他步骤，「${step.label}」未记录；请刷新后查看是否仍需办理。`;
    await claimPathVersion(repo, member._id, version, step.key, ctx.now, raced);
    const itemId = await postPublicity(ctx, step, member, doc, publicityEnd(rules, doc));
    if (itemId) await repo.steps.updateWhere({ _id: doc._id }, { $set: { publicityItemId: itemId } });
    if (step.movesTo && stageRank(step.movesTo) > stageRank(member.stage))
      await changeStage(ctx, member._id, step.movesTo, date);
  } catch (error) {
    // A step that lost its claim may have been read meanwhile by the winner's overdue refresh: refresh again.
    await repo.steps.removeWhere({ _id: doc._id });
    await refreshOverdueEntry(ctx.store, member._id);
    throw error;
  }
  await refreshOverdueEntry(ctx.store, member._id);
  await appendAudit(ctx, {
    action: 'development.record',
    summary: `为 ${member.name} 记录发展步骤「${step.label}」（${dateText(date)}${
      facts.extensionMonths ? `，延长 ${facts.extensionMonths} 个月` : ''
    }${step.decision ? `；原因：${input.note}` : ''}）`,
    targetId: member._id,
    targetName: member.name,
    unitPath: member.unitPath,
  });
  const after = await loadMember(membersRepository(ctx.store), member._id);
  return timelineOf(ctx, after);
}
