import { randomBytes } from 'node:crypto';
import type { z } from 'zod';
import type { Confirmation } from '../../../types/schemas/dossier';
import { soterChallengeOf } from '../../platform/soter';
import { AppError } from '../../kernel/app-error';
import { callerOpenid, requireMember, type CallContext } from '../../kernel/context';
import { DuplicateKeyError } from '../../store/types';
import { DAILY_LIMITS, takeQuota } from './personal-data-quota';

/**
 * Re-confirming an admin before a reveal or a role change. SOTER signs a challenge the server issued to this
 * admin a moment ago, and each challenge is consumed by its first use, so a captured signature cannot be
 * replayed. The typed-reason fallback exists for devices without SOTER: it is refused to an admin whose
 * WeChat has passed SOTER before, limited per day, and its reason goes into the audit entry of the action.
 */
const CHALLENGE_TTL_MS = 5 * 60_000;
/** How long a passed SOTER check marks the admin's WeChat as able to do it. */
const SOTER_PROVEN_MS = 180 * 86_400_000;

interface ChallengeDoc {
  _id: string;
  kind: 'challenge';
  memberId: string;
  expiresAt: number;
  usedAt?: number;
}

interface SoterProvenDoc {
  _id: string;
  kind: 'soter_proven';
  at: number;
}

const provenId = (memberId: string) => `soter-proven:${memberId}`;

function challenges(ctx: CallContext) {
  return ctx.store.collection<ChallengeDoc | SoterProvenDoc>('identity_challenges');
}

export async function issueChallenge(ctx: CallContext): Promise<{ challenge: string; expiresAt: number }> {
  const challenge = `ch-${randomBytes(18).toString('base64url')}`;
  const expiresAt = ctx.now + CHALLENGE_TTL_MS;
  const memberId = requireMember(ctx)._id;
  // The admin's expired challenges go as new ones come, so the collection does not grow with use.
  await challenges(ctx).removeWhere({ memberId, expiresAt: { $lte: ctx.now } }, { multi: true });
  await challenges(ctx).insert({ _id: challenge, kind: 'challenge', memberId, expiresAt });
  return { challenge, expiresAt };
}

async function confirmBySoter(ctx: CallContext, resultJSON: string, signature: string): Promise<string> {
  const admin = requireMember(ctx);
  const challenge = soterChallengeOf(resultJSON);
  // Consumed before the signature is checked, so a failed attempt cannot be retried with the same challenge.
  const consumed = challenge
    ? await challenges(ctx).updateWhere(
        {
          _id: challenge,
          kind: 'challenge',
          memberId: admin._id,
          expiresAt: { $gt: ctx.now },
          usedAt: { $exists: false },
        },
        { $set: { usedAt: ctx.now } },
      )
    : 0;
  if (consumed !== 1) throw new AppError('FORBIDDEN', '验证已过期或已使用，请重新点击“验证身份”。');
  if (!(await ctx.platform.soter.verify(callerOpenid(ctx), resultJSON, signature))) {
    throw new AppError('FORBIDDEN', '指纹或人脸验证没有通过，请重新验证。');
  }
  const proven = { kind: 'soter_proven' as const, at: ctx.now };
  if ((await challenges(ctx).updateWhere({ _id: provenId(admin._id) }, { $set: proven })) === 0) {
    try {
      await challenges(ctx).insert({ _id: provenId(admin._id), ...proven });
    } catch (error) {
      // A concurrent confirmation recorded it first, which is all this needs.
      if (!(error instanceof DuplicateKeyError)) throw error;
    }
  }
  return '已通过指纹/人脸验证';
}

async function confirmByReason(ctx: CallContext, reason: string): Promise<string> {
  const proven = await challenges(ctx).get(provenId(requireMember(ctx)._id));
  if (proven?.kind === 'soter_proven' && ctx.now - proven.at < SOTER_PROVEN_MS) {
    throw new AppError('FORBIDDEN', '您的微信已能使用指纹或人脸验证，请在手机微信上用指纹或人脸确认身份。');
  }
  if (!(await takeQuota(ctx, 'identityFallback'))) {
    throw new AppError(
      'RATE_LIMITED',
      `今天不用指纹或人脸确认身份的次数已用完（每天 ${DAILY_LIMITS.identityFallback} 次），请在手机微信上用指纹或人脸验证，或明天再试。`,
    );
  }
  return `未使用生物认证：${reason}`;
}

/** Confirms the caller's identity or throws; answers how, for the audit entry of the action. */
export async function confirmIdentity(ctx: CallContext, confirmation: z.output<typeof Confirmation>): Promise<string> {
  return confirmation.method === 'soter'
    ? confirmBySoter(ctx, confirmation.resultJSON, confirmation.signature)
    : confirmByReason(ctx, confirmation.reason);
}
