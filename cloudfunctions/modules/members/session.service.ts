import { AppError } from '../../kernel/app-error';
import type { CallContext } from '../../kernel/context';
import { membersRepository } from './members.repository';
import { END_SESSIONS, memberSession } from './session-generation';

/**
 * Sessions of the HTTP host. A `wx.login` code of a bound WeChat user becomes a session naming the member at
 * their session generation; of an unbound one, a session naming the WeChat user, so binding later takes
 * effect at once. In WeChat cloud functions there are no sessions: WeChat vouches for every call.
 */

const NO_SESSIONS = '在微信云开发中由微信确认每次调用的身份，无需刷新或退出登录。';

/** The session port and when the caller's session began; a caller WeChat vouches for per call has none. */
function sessionOf(ctx: CallContext) {
  const sessions = ctx.platform.sessions;
  const caller = ctx.caller;
  const signedInAt = caller.kind === 'wechat' || caller.kind === 'member' ? caller.signedInAt : undefined;
  if (!sessions || signedInAt === undefined) throw new AppError('FORBIDDEN', NO_SESSIONS);
  return { sessions, signedInAt };
}

export async function wxLogin(ctx: CallContext, code: string) {
  const port = ctx.platform.wxLogin;
  if (!port || !ctx.platform.sessions) {
    throw new AppError('FORBIDDEN', '这个入口只用于自建服务器；在微信云开发中请直接进入小程序。');
  }
  const sessions = ctx.platform.sessions;
  const openid = await port.code2Session(code);
  if (!openid) throw new AppError('UNAUTHENTICATED', '微信登录失败，请重新打开小程序再试。');
  const member = await membersRepository(ctx.store).memberByOpenid(openid);
  const { token, expiresAt } = member ? memberSession(sessions, member, ctx.now) : sessions.issue({ openid }, ctx.now);
  return { token, expiresAt, bound: member !== null };
}

/** A fresh token for a live session, never past the lifetime that began at sign-in. */
export async function refreshSession(ctx: CallContext) {
  const { sessions, signedInAt } = sessionOf(ctx);
  const caller = ctx.caller;
  if (caller.kind === 'member') return { ...memberSession(sessions, caller.member, ctx.now, signedInAt), bound: true };
  if (caller.kind !== 'wechat') throw new AppError('UNAUTHENTICATED');
  return { ...sessions.issue({ openid: caller.openid }, ctx.now, signedInAt), bound: false };
}

/**
 * Signing out ends every session of the member, on every device: tokens are not listed anywhere, so the
 * generation is the one thing that can end them. An unbound WeChat user's session simply runs out.
 */
export async function signOut(ctx: CallContext): Promise<Record<string, never>> {
  sessionOf(ctx);
  const caller = ctx.caller;
  if (caller.kind === 'member') {
    await membersRepository(ctx.store).members.updateWhere(
      { _id: caller.member._id },
      { $inc: END_SESSIONS.inc, $set: END_SESSIONS.set },
    );
  }
  return {};
}
