import { timingSafeEqual } from 'node:crypto';
import { AppError } from '../../kernel/app-error';
import type { CallContext } from '../../kernel/context';
import { DuplicateKeyError } from '../../store/types';
import { signupId } from './activities.repository';
import { WINDOW_MS } from './checkin-window';

/**
 * The short numeric check-in code, for people who cannot scan: 6 digits derived from a MAC of the activity
 * and the same 10-second window as the QR token, accepted for its window and the one after.
 *
 * Guessing: one guess matches one of the two live codes with probability 2 / 10^6. The host's write limit
 * (120 a minute) over a three-hour check-in window would allow 21,600 guesses, about a 4 % chance, so each
 * member gets MAX_TRIES typed codes per activity, counted atomically before the code is compared:
 * 5 × 2 / 10^6 = 1 in 100,000 per member and activity, however the calls are spread or raced. A member who
 * runs out scans the QR code or asks the organiser to 代签.
 */
export const CODE_DIGITS = 6;
export const MAX_TRIES = 5;

interface CodeTriesDoc {
  _id: string;
  tries: number;
}

export function codeOf(ctx: CallContext, activityId: string, window: number): string {
  const mac = Buffer.from(ctx.pii.mac('checkin-code', `${activityId}.${window}`), 'base64url');
  return (mac.readUIntBE(0, 6) % 10 ** CODE_DIGITS).toString().padStart(CODE_DIGITS, '0');
}

/** Takes one of the member's tries for this activity; false once they are used up. */
async function takeTry(ctx: CallContext, id: string): Promise<boolean> {
  const tries = ctx.store.collection<CodeTriesDoc>('checkin_code_tries');
  const left = { _id: id, tries: { $lt: MAX_TRIES } };
  if ((await tries.updateWhere(left, { $inc: { tries: 1 } })) === 1) return true;
  if (await tries.get(id)) return false;
  try {
    await tries.insert({ _id: id, tries: 1 });
    return true;
  } catch (error) {
    if (!(error instanceof DuplicateKeyError)) throw error;
    return (await tries.updateWhere(left, { $inc: { tries: 1 } })) === 1;
  }
}

const same = (a: string, b: string) => timingSafeEqual(Buffer.from(a), Buffer.from(b));

export async function verifyCode(ctx: CallContext, activityId: string, memberId: string, code: string) {
  if (!(await takeTry(ctx, signupId(activityId, memberId)))) {
    throw new AppError(
      'RATE_LIMITED',
      `签到码已输错 ${MAX_TRIES} 次，不能再输入。请扫描组织者屏幕上的二维码，或请组织者为您代签。`,
    );
  }
  const current = Math.floor(ctx.now / WINDOW_MS);
  const live = [current, current - 1].map((window) => codeOf(ctx, activityId, window));
  // Compare against both, always, so the time taken says nothing about which matched.
  const matches = live.map((candidate) => same(candidate, code));
  if (!matches.includes(true)) {
    throw new AppError('FORBIDDEN', '签到码不对，请核对组织者屏幕上最新的 6 位数字后重新输入。');
  }
}
