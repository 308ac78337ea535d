import { timingSafeEqual } from 'node:crypto';
import { AppError } from '../../kernel/app-error';
import { loadQrCode } from '../shared/heavy-libraries';
import { awardPoints } from '../points/points.service';
import { refreshHomeSignups } from '../home/summary-signups';
import { requireMember, type CallContext } from '../../kernel/context';
import { activitiesRepository, signupId } from './activities.repository';
import type { MemberDoc } from '../members/members.types';
import type { ActivityDoc, SignupDoc } from './activities.types';
import { activityLabel, loadActivity } from './activity-access';
import { codeOf, verifyCode } from './checkin-code';
import { CHECKIN_CLOSED, checkinOpen, WINDOW_MS } from './checkin-window';
import { claimOf, distanceMeters, roughDistance, type Position } from './claimed-position';
import { signupChanged, signupFacts } from './signup-events';
import { insertOrKeep, memberRecord } from './signup.service';

/**
 * Rotating check-in codes. The organiser's screen shows a QR code of `activityId.window.mac`, where the
 * window is a 10-second slot and the MAC is keyed on the server; a code is accepted for the slot it was
 * made in and the next, for this activity only, and only around the activity's time. Forwarded codes go
 * stale within seconds. Beside the QR code the screen shows a 6-digit code of the same window (checkin-code.ts)
 * for members who cannot scan; they type it with the activity named. The code is the proof of presence: coordinates come from the member's device, so
 * they only turn away someone who says they are elsewhere, and are recorded as a claim for the organiser.
 */
const DEFAULT_RADIUS = 500;

/**
 * The code's picture: 320 px with a one-module margin. The PNG encoder's default tries all five row filters on
 * every row and keeps the smallest; for a two-colour code one filter (Paeth) gives the same size at a fraction
 * of the work, which the organiser's screen asks for every ten seconds. The option is the encoder's, passed
 * through by the QR library, whose types list only the JPEG quality.
 */
const QR_IMAGE = { margin: 1, width: 320, rendererOpts: { filterType: 4 } as { quality?: number } };

const macOf = (ctx: CallContext, activityId: string, window: number) =>
  ctx.pii.mac('checkin', `${activityId}.${window}`);

export async function issueCheckinToken(ctx: CallContext, activityId: string) {
  await loadActivity(ctx, activityId);
  const window = Math.floor(ctx.now / WINDOW_MS);
  const token = `${activityId}.${window}.${macOf(ctx, activityId, window)}`;
  return {
    token,
    code: codeOf(ctx, activityId, window),
    qrDataUrl: await (await loadQrCode()).toDataURL(token, QR_IMAGE),
    expiresAt: (window + 2) * WINDOW_MS,
  };
}

export function verifyToken(ctx: CallContext, token: string): { activityId: string } {
  const [activityId, windowText, mac, extra] = token.split('.');
  const window = Number(windowText);
  if (!activityId || !mac || extra !== undefined || !Number.isInteger(window)) {
    throw new AppError('VALIDATION_FAILED', '这不是签到二维码，请扫描组织者屏幕上的二维码。');
  }
  const expected = Buffer.from(macOf(ctx, activityId, window));
  const given = Buffer.from(mac);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
    throw new AppError('FORBIDDEN', '签到码无效，请扫描组织者屏幕上的二维码。');
  }
  const current = Math.floor(ctx.now / WINDOW_MS);
  if (window < current - 1 || window > current + 1) {
    throw new AppError('CONFLICT', '签到码已过期，请扫描组织者屏幕上最新的二维码。');
  }
  return { activityId };
}

function assertClaimsToBeAtPlace(activity: ActivityDoc, claimed: Position | null): void {
  const { place } = activity;
  if (place.latitude === undefined || place.longitude === undefined) return;
  if (!claimed) throw new AppError('CONFLICT', '这个活动需要在现场签到，请允许获取位置后再扫码。');
  const distance = distanceMeters(claimed, { latitude: place.latitude, longitude: place.longitude });
  if (distance > (place.radiusMeters ?? DEFAULT_RADIUS))
    throw new AppError('CONFLICT', `您不在活动地点附近（${roughDistance(distance)}），请到现场后再签到。`);
}

/** An expected attendee checking in without a sign-up gets a confirmed one; returns the record as it stands. */
async function recordAttendance(ctx: CallContext, activity: ActivityDoc, member: MemberDoc): Promise<SignupDoc> {
  const record = memberRecord(activity._id, member, ctx.now, { status: 'confirmed' });
  if (await insertOrKeep(ctx, record)) {
    await signupChanged(ctx, activity, member, null, signupFacts(record));
    return record;
  }
  return (await activitiesRepository(ctx.store).signups.get(record._id)) ?? record;
}

/** What proves presence: the scanned QR token, or the numeric code typed for a named activity. */
export type CheckinProof = { token: string } | { activityId: string; code: string };

export async function checkIn(ctx: CallContext, proof: CheckinProof, latitude?: number, longitude?: number) {
  const member = requireMember(ctx);
  const { activityId } = 'token' in proof ? verifyToken(ctx, proof.token) : proof;
  const activity = await loadActivity(ctx, activityId);
  if (!checkinOpen(activity, ctx.now)) throw new AppError('CONFLICT', CHECKIN_CLOSED);
  if ('code' in proof) await verifyCode(ctx, activityId, member._id, proof.code);
  const claimed = latitude !== undefined && longitude !== undefined ? { latitude, longitude } : null;
  assertClaimsToBeAtPlace(activity, claimed);
  const { signups } = activitiesRepository(ctx.store);
  const id = signupId(activityId, member._id);
  const existing = await signups.get(id);
  if (existing?.checkedInAt !== undefined)
    return { activityId, title: activity.title, checkedInAt: existing.checkedInAt };
  const expected = activity.expectedMemberIds.includes(member._id);
  if (!expected && existing?.status !== 'confirmed')
    throw new AppError('CONFLICT', '您没有报名这个活动（或还在候补中），请联系组织者。');
  const current = existing ?? (await recordAttendance(ctx, activity, member));
  const stamped = await signups.updateWhere(
    { _id: id, checkedInAt: { $exists: false } },
    {
      $set: {
        checkedInAt: ctx.now,
        updatedAt: ctx.now,
        ...(claimed ? { claimedPosition: claimOf(claimed, activity.place) } : {}),
      },
    },
  );
  if (stamped) {
    await signupChanged(ctx, activity, member, signupFacts(current), signupFacts({ ...current, checkedInAt: ctx.now }));
    await awardPoints(ctx, {
      member,
      rule: 'activity_checkin',
      objectId: activityId,
      reason: `参加${activityLabel(activity)}`,
    });
    await refreshHomeSignups(ctx, member._id);
  }
  const checkedInAt = (await signups.get(id))?.checkedInAt ?? ctx.now;
  return { activityId, title: activity.title, checkedInAt };
}
