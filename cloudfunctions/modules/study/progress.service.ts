import { MEDIA_KINDS } from '../../../types/labels';
import { publish } from '../../kernel/events';
import { newId } from '../audit/audit';
import { AppError } from '../../kernel/app-error';
import { requireMember, type CallContext } from '../../kernel/context';
import { DuplicateKeyError } from '../../store/types';
import type { MemberDoc } from '../members/members.types';
import { awardPoints } from '../points/points.service';
import { chinaDay } from '../shared/china-time';
import { incrementOrCreate, upsert } from '../shared/upsert';
import { noteStudyCredit } from '../home/summary-notes';
import { progressView } from './content.service';
import { loadVisibleContent } from './content-access';
import { completionOf, creditBeat, HEARTBEAT_SECONDS } from './credit';
import { awardFinishedPlans } from './plans.service';
import { progressId, studyRepository } from './study.repository';
import type { ContentDoc, ProgressDoc } from './study.types';

/**
 * Study sessions and heartbeats (see credit.ts for what counts). Opening an item makes its session the
 * member's only current one, so a second device or page takes over and the first stops counting. Each
 * beat is claimed with a compare-and-set on the session's `lastBeatAt`, so a retried or duplicated beat
 * is credited once; progress is written with an optimistic version.
 */
export async function openStudy(ctx: CallContext, contentId: string) {
  const member = requireMember(ctx);
  const content = await loadVisibleContent(ctx, member, contentId);
  const { sessions, current, progress } = studyRepository(ctx.store);
  const id = progressId(member._id, content._id);
  let doc = await progress.get(id);
  if (!doc) {
    doc = {
      _id: id,
      memberId: member._id,
      contentId: content._id,
      creditedSeconds: 0,
      watched: [],
      position: 0,
      lastOpenedAt: ctx.now,
      version: 0,
    };
    try {
      await progress.insert(doc);
    } catch (error) {
      if (!(error instanceof DuplicateKeyError)) throw error;
    }
  } else {
    await progress.updateWhere({ _id: id }, { $set: { lastOpenedAt: ctx.now } });
  }
  const sessionId = newId('ss');
  await sessions.insert({
    _id: sessionId,
    memberId: member._id,
    contentId: content._id,
    startedAt: ctx.now,
    lastBeatAt: ctx.now,
    position: doc.position,
  });
  await upsert(current, { _id: member._id, sessionId }, { $set: { sessionId } });
  await publish(ctx, { type: 'study.opened', payload: { memberId: member._id, at: ctx.now, contentId: content._id } });
  return { sessionId, heartbeatSeconds: HEARTBEAT_SECONDS, progress: progressView(content, doc) };
}

export async function heartbeat(ctx: CallContext, input: { sessionId: string; position?: number; playing: boolean }) {
  const member = requireMember(ctx);
  const { sessions, current, contents, progress } = studyRepository(ctx.store);
  const session = await sessions.get(input.sessionId);
  if (!session || session.memberId !== member._id)
    throw new AppError('NOT_FOUND', '学习记录已失效，请重新打开这篇内容。');
  const [content, mine, currentSession] = await Promise.all([
    contents.get(session.contentId),
    progress.get(progressId(member._id, session.contentId)),
    current.get(member._id),
  ]);
  if (!content || !mine) throw new AppError('NOT_FOUND', '这篇内容已被删除。');
  const idle = { credited: 0, progress: progressView(content, mine), pointsAwarded: 0 };
  if (currentSession?.sessionId !== session._id) return { ...idle, superseded: true };
  const result = creditBeat(
    content,
    {
      lastBeatAt: session.lastBeatAt,
      position: session.position,
      creditedSeconds: mine.creditedSeconds,
      watched: mine.watched,
    },
    { now: ctx.now, playing: input.playing, position: input.position },
  );
  // Claim this beat: a duplicate sent at the same time finds lastBeatAt moved and credits nothing.
  const claimed = await sessions.updateWhere(
    { _id: session._id, lastBeatAt: session.lastBeatAt },
    { $set: { lastBeatAt: ctx.now, position: result.position } },
  );
  if (!claimed) return { ...idle, superseded: false };
  const updated: ProgressDoc = {
    ...mine,
    creditedSeconds: result.creditedSeconds,
    watched: result.watched,
    position: result.position,
    version: mine.version + 1,
  };
  const written = await progress.updateWhere(
    { _id: mine._id, version: mine.version },
    {
      $set: {
        creditedSeconds: updated.creditedSeconds,
        watched: updated.watched,
        position: updated.position,
        version: updated.version,
      },
    },
  );
  if (!written) return { ...idle, superseded: false };
  if (result.credited > 0) {
    const day = chinaDay(ctx.now);
    await incrementOrCreate(
      studyRepository(ctx.store).days,
      { _id: `${member._id}_${day}`, memberId: member._id, day, seconds: result.credited },
      { seconds: result.credited },
    );
    const { percent, completed } = progressView(content, updated);
    await publish(ctx, {
      type: 'study.credited',
      payload: {
        memberId: member._id,
        unitPath: member.unitPath,
        at: ctx.now,
        seconds: result.credited,
        contentId: content._id,
        percent,
      },
    });
    await noteStudyCredit(ctx, member._id, {
      day,
      seconds: result.credited,
      contentId: content._id,
      progress: { percent, completed },
    });
  }
  const pointsAwarded =
    mine.completedAt === undefined && completionOf(content, updated).completed
      ? await complete(ctx, member, content, updated)
      : 0;
  return { credited: result.credited, progress: progressView(content, updated), superseded: false, pointsAwarded };
}

/** Marks the item complete once (claimed on `completedAt`), then awards its points and any finished plan. */
async function complete(ctx: CallContext, member: MemberDoc, content: ContentDoc, doc: ProgressDoc): Promise<number> {
  const { progress, contents } = studyRepository(ctx.store);
  const claimed = await progress.updateWhere(
    { _id: doc._id, completedAt: { $exists: false } },
    { $set: { completedAt: ctx.now } },
  );
  if (!claimed) return 0;
  doc.completedAt = ctx.now;
  await publish(ctx, {
    type: 'study.itemCompleted',
    payload: { memberId: member._id, unitPath: member.unitPath, at: ctx.now, contentId: content._id },
  });
  await contents.updateWhere({ _id: content._id }, { $inc: { completedCount: 1 } });
  const media = MEDIA_KINDS.includes(content.kind);
  let points = await awardPoints(ctx, {
    member,
    rule: media ? 'complete_media' : 'read_article',
    objectId: content._id,
    reason: `${media ? '学完' : '读完'}「${content.title}」`,
  });
  points += await awardFinishedPlans(ctx, member, { contentId: content._id });
  return points;
}

export async function studyStats(ctx: CallContext) {
  const member = requireMember(ctx);
  const { days, progress } = studyRepository(ctx.store);
  const today = chinaDay(ctx.now);
  const recent = await days.find({ memberId: member._id }, { sort: [['day', -1]], limit: 100 });
  const minutesOf = new Map(recent.map((doc) => [doc.day, Math.floor(doc.seconds / 60)]));
  const lastSevenDays = Array.from({ length: 7 }, (_, index) => {
    const day = chinaDay(ctx.now - (6 - index) * 86_400_000);
    return { day, minutes: minutesOf.get(day) ?? 0 };
  });
  // A streak counts days with at least a minute of study, back from today (or yesterday, if today has none yet).
  let streakDays = 0;
  for (let back = (minutesOf.get(today) ?? 0) > 0 ? 0 : 1; back < 100; back += 1) {
    if ((minutesOf.get(chinaDay(ctx.now - back * 86_400_000)) ?? 0) === 0) break;
    streakDays += 1;
  }
  return {
    todayMinutes: minutesOf.get(today) ?? 0,
    weekMinutes: lastSevenDays.reduce((sum, day) => sum + day.minutes, 0),
    streakDays,
    lastSevenDays,
    completedCount: await progress.count({ memberId: member._id, completedAt: { $exists: true } }),
  };
}
