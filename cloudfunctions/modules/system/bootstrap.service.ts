import { randomInt } from 'node:crypto';
import { appendAudit, newId } from '../audit/audit';
import { AppError } from '../../kernel/app-error';
import type { CallContext } from '../../kernel/context';
import { ensureAllCollections } from '../../store/collections';
import { DuplicateKeyError } from '../../store/types';
import { membersRepository } from '../members/members.repository';
import type { MemberDoc, UnitDoc } from '../members/members.types';
import { refreshNameKeys } from '../members/name-keys';
import { memberSession } from '../members/session-generation';
import { giveQuestionsRandomKeys } from '../quiz/question-keys';
import { migrateLegacyBallots } from '../votes/ballot-migration';
import { migrateLeavePaths } from '../activities/leave-index';
import { flagDisciplineDeductions } from '../assessment/deduction-migration';
import { reconcileAggregates } from '../dashboard/reconcile.service';
import { reconcileStudyViews } from '../study/summary-reconcile';

/**
 * Setting up a new deployment. The setup route (system only) creates the collections and, while nobody is
 * super admin yet, issues a one-time bootstrap code that it prints once. The first person opens the app in
 * WeChat and redeems it: they become the super admin of a new Party committee, bound to their WeChat.
 * Setup also carries stored data forward to what the code now expects (ballots stored before secrecy,
 * members stored before their pinyin sort key, questions stored before their random draw key), and builds the
 * console's aggregates and the study summaries from the records.
 */
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const BOOTSTRAP_ID = 'bootstrap';

interface BootstrapDoc {
  _id: string;
  codeHash: string;
  createdAt: number;
  usedAt?: number;
}

export async function setup(ctx: CallContext) {
  const result = {
    ...(await ensureAllCollections(ctx.store)),
    legacyBallots: await migrateLegacyBallots(ctx),
    leavePaths: await migrateLeavePaths(ctx),
    disciplineDeductions: await flagDisciplineDeductions(ctx),
    memberSortKeys: await refreshNameKeys(ctx),
    questionRandomKeys: await giveQuestionsRandomKeys(ctx),
    aggregates: await reconcileAggregates(ctx),
    studyViews: await reconcileStudyViews(ctx),
  };
  const superAdmins = await ctx.store.collection<MemberDoc>('members').count({ role: 'super_admin' });
  if (superAdmins > 0) return { ...result, bootstrapCode: null };
  const code = Array.from({ length: 12 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
  const bootstraps = ctx.store.collection<BootstrapDoc>('system');
  // A new code replaces an unused one, so running setup again after losing the output is safe.
  const doc = { codeHash: ctx.pii.hash(code), createdAt: ctx.now };
  const replaced = await bootstraps.updateWhere({ _id: BOOTSTRAP_ID, usedAt: { $exists: false } }, { $set: doc });
  if (replaced === 0) {
    try {
      await bootstraps.insert({ _id: BOOTSTRAP_ID, ...doc });
    } catch (error) {
      if (error instanceof DuplicateKeyError) return { ...result, bootstrapCode: null };
      throw error;
    }
  }
  return { ...result, bootstrapCode: code };
}

export async function redeemBootstrap(
  ctx: CallContext,
  input: { code: string; name: string; organisationName: string },
) {
  if (ctx.caller.kind !== 'wechat') throw new AppError('CONFLICT', '您的微信已经绑定了党员档案。');
  const openid = ctx.caller.openid;
  const bootstraps = ctx.store.collection<BootstrapDoc>('system');
  const claimed = await bootstraps.updateWhere(
    { _id: BOOTSTRAP_ID, codeHash: ctx.pii.hash(input.code), usedAt: { $exists: false } },
    { $set: { usedAt: ctx.now } },
  );
  if (claimed === 0)
    throw new AppError('NOT_FOUND', '初始化码无效或已使用。请在云开发控制台重新运行 system.setup 获取新码。');
  const repo = membersRepository(ctx.store);
  const unit: UnitDoc = { _id: newId('u'), name: input.organisationName, kind: 'committee', parentId: null, path: [] };
  await repo.insertUnit(unit);
  const member: MemberDoc = {
    _id: newId('m'),
    name: input.name,
    gender: 'male',
    ethnicity: null,
    birthDate: null,
    education: null,
    idCard: null,
    phone: null,
    unitId: unit._id,
    unitPath: [unit._id],
    role: 'super_admin',
    position: null,
    stage: 'full',
    stageSince: ctx.now,
    stageHistory: [{ stage: 'full', at: ctx.now, recordedBy: null }],
    joinedAt: null,
    status: 'normal',
    trainings: [],
    openid,
    demo: false,
    createdAt: ctx.now,
    updatedAt: ctx.now,
  };
  await repo.insertMember(member);
  await appendAudit(
    { ...ctx, caller: { kind: 'member', member, openid } },
    {
      action: 'system.bootstrap',
      summary: `${member.name} 用初始化码成为超级管理员，建立「${unit.name}」`,
      targetId: member._id,
      targetName: member.name,
      unitPath: [unit._id],
    },
  );
  const token = ctx.platform.sessions ? memberSession(ctx.platform.sessions, member, ctx.now).token : null;
  return { status: 'bound' as const, memberName: member.name, token };
}
