import { AppError } from '../../router/app-error';
import type { CallContext } from '../../router/context';
import { membersRepository } from './members.repository';

/**
 * Sessions of the HTTP host. A `wx.login` code becomes a session naming the WeChat user (not a member), so
 * binding later takes effect at once; each call resolves the member from the OPENID.
 */
export async function wxLogin(ctx: CallContext, code: string) {
  const { wxLogin: port, sessions } = ctx.platform;
  if (!port || !sessions) throw new AppError('FORBIDDEN', '这个入口只用于自建服务器；在微信云开发中请直接进入小程序。');
  const openid = await port.code2Session(code);
  if (!openid) throw new AppError('UNAUTHENTICATED', '微信登录失败，请重新打开小程序再试。');
  const { token, expiresAt } = sessions.issue({ openid }, ctx.now);
  const bound = (await membersRepository(ctx.store).memberByOpenid(openid)) !== null;
  return { token, expiresAt, bound };
}

export async function refreshSession(ctx: CallContext) {
  const sessions = ctx.platform.sessions;
  if (!sessions) throw new AppError('FORBIDDEN', '在微信云开发中无需刷新登录。');
  const caller = ctx.caller;
  if (caller.kind === 'wechat') return { ...sessions.issue({ openid: caller.openid }, ctx.now), bound: false };
  if (caller.kind !== 'member') throw new AppError('UNAUTHENTICATED');
  const subject = caller.openid ? { openid: caller.openid } : { memberId: caller.member._id };
  return { ...sessions.issue(subject, ctx.now), bound: true };
}
