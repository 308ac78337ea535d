import type { CallContext } from '../../kernel/context';
import { MAX_PAGE, type Doc, type Filter } from '../../store/types';
import type { ItemDoc, GuidanceDoc, HonourDoc, ScoreDoc } from '../assessment/assessment.types';
import type { MaterialDoc, StepDoc } from '../development/development.types';
import type { DuesMonthDoc, DuesPaymentDoc, DuesProfileDoc } from '../dues/dues.types';
import type { CommentDoc, ReplyDoc, TopicDoc } from '../forum/forum.types';
import type { PublicityObjectionDoc } from '../publicity/publicity.types';
import { outcomePublished } from '../review/round-facts';
import type { ReviewGradeDoc, ReviewRoundDoc, ReviewSelfDoc } from '../review/review.types';
import type { FlowRegistrationDoc, TransferDoc, VolunteerRecordDoc } from '../transfers/transfers.types';
import type { MemberDoc } from './members.types';

/** A section of one kind of record stops here, so a download stays one bounded call; the note says when it did. */
const MAX_RECORDS_PER_SECTION = 2000;

interface Section<T> {
  items: T[];
  complete: boolean;
}

/** The member's own documents of one collection, read page by page (by an indexed `memberId` filter). */
async function readOwn<T extends Doc>(ctx: CallContext, collection: string, filter: Filter): Promise<Section<T>> {
  const items: T[] = [];
  for (;;) {
    const page = await ctx.store
      .collection<T>(collection)
      .find(filter, { sort: [['_id', 1]], skip: items.length, limit: MAX_PAGE });
    items.push(...page);
    if (page.length < MAX_PAGE) return { items, complete: true };
    if (items.length >= MAX_RECORDS_PER_SECTION) return { items, complete: false };
  }
}

const written = (doc: TopicDoc | ReplyDoc | CommentDoc) => ({
  text: doc.text,
  createdAt: doc.createdAt,
  deleted: 'deleted' in doc ? doc.deleted : false,
  hiddenByAdmin: doc.hidden,
  hiddenReason: doc.hidden ? doc.hiddenReason : null,
});

async function duesRecords(ctx: CallContext, member: MemberDoc) {
  const [profile, months, payments] = await Promise.all([
    ctx.store.collection<DuesProfileDoc>('dues_profiles').get(member._id),
    readOwn<DuesMonthDoc>(ctx, 'dues_months', { memberId: member._id }),
    readOwn<DuesPaymentDoc>(ctx, 'dues_payments', { memberId: member._id }),
  ]);
  return {
    profile: profile && {
      category: profile.category,
      baseFen: profile.baseSealed ? Number(ctx.pii.decrypt(profile.baseSealed)) : null,
      monthlyDueFen: profile.monthlyDueFen,
      reviewedAt: profile.reviewedAt,
    },
    months: months.items.map(({ month, dueFen, state, paidAt, method }) => ({ month, dueFen, state, paidAt, method })),
    payments: payments.items.map(({ months: paid, amountFen, method, state, reference, paidAt, createdAt }) => ({
      months: paid,
      amountFen,
      method,
      state,
      reference,
      paidAt,
      createdAt,
    })),
    complete: months.complete && payments.complete,
  };
}

async function transferRecords(ctx: CallContext, member: MemberDoc) {
  const [transfers, flow, volunteer] = await Promise.all([
    readOwn<TransferDoc>(ctx, 'transfers', { memberId: member._id }),
    ctx.store.collection<FlowRegistrationDoc>('flow_registrations').get(member._id),
    readOwn<VolunteerRecordDoc>(ctx, 'volunteer_records', { memberId: member._id }),
  ]);
  return {
    transfers: transfers.items.map((doc) => ({
      from: doc.fromUnitName,
      to: doc.toName,
      outside: doc.outside,
      letterNo: doc.letterNo,
      validUntil: doc.validUntil,
      reason: doc.reason,
      status: doc.status,
      returnReason: doc.returnReason,
      receiptAt: doc.receiptAt,
      createdAt: doc.createdAt,
      decidedAt: doc.decidedAt,
    })),
    flowRegistration: flow && {
      place: flow.place,
      contactUnit: flow.contactUnit,
      since: flow.since,
      until: flow.until,
    },
    volunteer: volunteer.items.map(({ title, startAt, minutes, source, confirmedAt }) => ({
      title,
      startAt,
      minutes,
      source,
      confirmedAt,
    })),
    complete: transfers.complete && volunteer.complete,
  };
}

/** Decided items, scores, commendations and sent guidance; never 处分 or a draft an admin has not sent. */
async function assessmentRecords(ctx: CallContext, member: MemberDoc) {
  const [items, scores, honours, guidance] = await Promise.all([
    readOwn<ItemDoc>(ctx, 'assessment_items', { memberId: member._id, status: { $in: ['approved', 'rejected'] } }),
    readOwn<ScoreDoc>(ctx, 'assessment_scores', { memberId: member._id }),
    readOwn<HonourDoc>(ctx, 'honours', { memberId: member._id, kind: 'commendation' }),
    readOwn<GuidanceDoc>(ctx, 'guidance_notes', { memberId: member._id, status: 'sent' }),
  ]);
  return {
    items: items.items.map((doc) => ({
      indicator: doc.indicatorLabel,
      points: doc.points,
      occurredAt: doc.occurredAt,
      evidence: doc.evidence,
      status: doc.status,
      decidedAt: doc.decidedAt,
      rejectReason: doc.rejectReason,
    })),
    scores: scores.items.map(({ periodId, schemeName, maxTotal, total, percent, grade, indicators, closedAt }) => ({
      periodId,
      schemeName,
      maxTotal,
      total,
      percent,
      grade,
      indicators,
      closedAt,
    })),
    commendations: honours.items.map(({ title, level, awardedAt, documentNo }) => ({
      title,
      level,
      awardedAt,
      documentNo,
    })),
    guidance: guidance.items.map(({ periodLabel, grade, weak, suggestions, message, sentAt }) => ({
      periodLabel,
      grade,
      weak,
      suggestions,
      message,
      sentAt,
    })),
    complete: items.complete && scores.complete && honours.complete && guidance.complete,
  };
}

/** Their self-assessments and published grades; rating sheets carry no rater and are never part of this. */
async function reviewRecords(ctx: CallContext, member: MemberDoc) {
  const [selves, grades] = await Promise.all([
    readOwn<ReviewSelfDoc>(ctx, 'review_self', { memberId: member._id }),
    readOwn<ReviewGradeDoc>(ctx, 'review_grades', { memberId: member._id }),
  ]);
  const roundIds = [...new Set([...selves.items, ...grades.items].map((doc) => doc.roundId))];
  const rounds = roundIds.length
    ? await ctx.store.collection<ReviewRoundDoc>('review_rounds').find({ _id: { $in: roundIds } }, { limit: MAX_PAGE })
    : [];
  const roundOf = new Map(rounds.map((round) => [round._id, round]));
  const yearOf = (roundId: string) => roundOf.get(roundId)?.year ?? null;
  return {
    selfAssessments: selves.items.map((doc) => ({
      year: yearOf(doc.roundId),
      text: doc.text,
      updatedAt: doc.updatedAt,
    })),
    grades: grades.items
      .filter((doc) => {
        const round = roundOf.get(doc.roundId);
        return round !== undefined && outcomePublished(round);
      })
      .map((doc) => ({ year: yearOf(doc.roundId), grade: doc.grade })),
    complete: selves.complete && grades.complete && roundIds.length <= MAX_PAGE,
  };
}

async function forumRecords(ctx: CallContext, member: MemberDoc) {
  const [topics, replies, comments] = await Promise.all([
    readOwn<TopicDoc>(ctx, 'forum_topics', { memberId: member._id }),
    readOwn<ReplyDoc>(ctx, 'forum_posts', { memberId: member._id }),
    readOwn<CommentDoc>(ctx, 'comments', { memberId: member._id }),
  ]);
  return {
    topics: topics.items.map((doc) => ({ board: doc.unitName, title: doc.title, ...written(doc) })),
    replies: replies.items.map((doc) => ({ topicId: doc.topicId, ...written(doc) })),
    comments: comments.items.map((doc) => ({ on: doc.targetKind, ...written(doc) })),
    complete: topics.complete && replies.complete && comments.complete,
  };
}

async function publicityRecords(ctx: CallContext, member: MemberDoc) {
  const objections = await readOwn<PublicityObjectionDoc>(ctx, 'publicity_objections', { memberId: member._id });
  return {
    objections: objections.items.map((doc) => ({
      itemId: doc.itemId,
      text: doc.text,
      phone: doc.phoneSealed ? ctx.pii.decrypt(doc.phoneSealed) : null,
      handled: doc.handled,
      note: doc.note,
      createdAt: doc.createdAt,
      handledAt: doc.handledAt,
    })),
    complete: objections.complete,
  };
}

async function developmentRecords(ctx: CallContext, member: MemberDoc) {
  const [steps, materials] = await Promise.all([
    readOwn<StepDoc>(ctx, 'development_steps', { memberId: member._id }),
    readOwn<MaterialDoc>(ctx, 'development_materials', { memberId: member._id }),
  ]);
  return {
    timeline: steps.items
      .map(({ stepKey, stage, date, documents, note, late }) => ({
        stepKey,
        stage,
        date,
        documents: documents.map((document) => document.name),
        note,
        late,
      }))
      .sort((a, b) => a.date - b.date),
    // The files uploaded for my path: their names and when, not the files themselves.
    materials: materials.items
      .map(({ docKey, at }) => ({ fileName: docKey, uploadedAt: at }))
      .sort((a, b) => a.uploadedAt - b.uploadedAt),
    complete: steps.complete && materials.complete,
  };
}

/** What the member's own download holds beyond the dossier, one section per module. */
export async function ownRecords(ctx: CallContext, member: MemberDoc) {
  const [dues, transfers, assessment, review, forum, publicity, development] = await Promise.all([
    duesRecords(ctx, member),
    transferRecords(ctx, member),
    assessmentRecords(ctx, member),
    reviewRecords(ctx, member),
    forumRecords(ctx, member),
    publicityRecords(ctx, member),
    developmentRecords(ctx, member),
  ]);
  const sections = { dues, transfers, assessment, review, forum, publicity, development };
  const cut = Object.values(sections).some((section) => !section.complete);
  const note = [
    '本文件包含您的党员档案，以及党费、组织关系转接、流动党员登记、志愿服务、积分考核（已审核的加减分、得分、表彰、已发送的指导意见）、民主评议（自我评价、已公布的评定等次）、交流区发言、公示异议和发展进程等记录。',
    '民主测评票为匿名填写，与填写人无关联，不在其中。',
    '关怀走访记录仅作为党组织的管理记录保存，不包含具体内容。',
    ...(cut ? [`部分记录较多，每类最多导出 ${MAX_RECORDS_PER_SECTION} 条；如需完整记录请联系所在支部。`] : []),
  ].join('');
  return { note, ...sections };
}
