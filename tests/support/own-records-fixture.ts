import type { DocStore } from '../../cloudfunctions/store/types';
import { testCipher } from './demo-store';

/**
 * One record of every kind the member's own download reads, for `memberId`, each text starting with `mark`
 * so a test can tell whose it is. Records the download must leave out start with `${mark}隐藏`.
 */
export async function placeOwnRecords(store: DocStore, memberId: string, mark: string): Promise<void> {
  const pii = testCipher();
  const at = Date.UTC(2026, 2, 1);
  const col = (name: string) => store.collection<any>(name);
  const path = ['u-committee', 'u-gb-com', 'u-b-east'];
  const id = (kind: string) => `${kind}-${memberId}`;
  await col('dues_profiles').insert({
    _id: memberId,
    memberId,
    memberName: mark,
    unitId: 'u-b-east',
    unitPath: path,
    category: 'employed',
    baseSealed: pii.encrypt('812300'),
    monthlyDueFen: 4062,
    reviewedAt: at,
    reviewedBy: null,
  });
  await col('dues_months').insert({
    _id: `${memberId}:2026-03`,
    memberId,
    memberName: mark,
    unitId: 'u-b-east',
    unitPath: path,
    month: '2026-03',
    dueFen: 4062,
    state: 'paid',
    paidAt: at,
    method: 'cash',
    paymentId: id('pay'),
    createdAt: at,
  });
  await col('dues_payments').insert({
    _id: id('pay'),
    memberId,
    unitPath: path,
    months: ['2026-03'],
    amountFen: 4062,
    method: 'cash',
    state: 'paid',
    reference: `${mark}收据`,
    transactionId: null,
    paidAt: at,
    unappliedMonths: [],
    recordedBy: null,
    createdAt: at,
  });
  await col('transfers').insert({
    _id: id('tr'),
    memberId,
    memberName: mark,
    fromUnitId: 'u-b-east',
    fromUnitName: '东湖社区党支部',
    fromPath: path,
    toUnitId: null,
    toName: `${mark}接收党组织`,
    toPath: [],
    outside: true,
    letterNo: '001',
    validUntil: at,
    reason: `${mark}工作调动`,
    status: 'completed',
    returnReason: null,
    receiptDueAt: null,
    receiptAt: at,
    actionDueAt: at,
    createdBy: 'm-006',
    createdAt: at,
    decidedBy: null,
    decidedAt: null,
  });
  await col('flow_registrations').insert({
    _id: memberId,
    memberId,
    memberName: mark,
    unitId: 'u-b-east',
    unitPath: path,
    place: `${mark}外出地点`,
    contactUnit: '',
    since: at,
    until: null,
    registeredBy: 'm-006',
    registeredAt: at,
  });
  await col('volunteer_records').insert({
    _id: id('vol'),
    activityId: 'act-x',
    title: `${mark}志愿服务`,
    startAt: at,
    memberId,
    minutes: 90,
    source: 'activity',
    confirmedBy: 'm-006',
    confirmedAt: at,
  });
  await col('care_records').insert({
    _id: id('care'),
    memberId,
    unitPath: path,
    kind: 'visit',
    at,
    note: `${mark}隐藏关怀内容`,
    help: '',
    recordedBy: 'm-006',
    recordedByName: '书记',
    createdAt: at,
  });
  const item = (status: string, evidence: string) => ({
    _id: id(`item-${status}`),
    memberId,
    memberName: mark,
    unitId: 'u-b-east',
    unitPath: path,
    indicatorKey: 'volunteer',
    indicatorLabel: '志愿服务',
    points: 2,
    occurredAt: at,
    evidence,
    status,
    enteredBy: 'm-006',
    enteredByName: '书记',
    enteredInUnit: 'u-b-east',
    decidedBy: null,
    decidedByName: null,
    decidedAt: null,
    rejectReason: null,
    createdAt: at,
  });
  await col('assessment_items').insert(item('approved', `${mark}加分依据`));
  await col('assessment_items').insert(item('pending', `${mark}隐藏待审加分`));
  await col('assessment_scores').insert({
    _id: `2026_${memberId}`,
    memberId,
    name: mark,
    unitId: 'u-b-east',
    unitPath: path,
    periodId: '2026',
    schemeId: 's',
    schemeName: `${mark}考核方案`,
    schemeVersion: 1,
    maxTotal: 100,
    total: 88,
    percent: 88,
    grade: 'good',
    indicators: [],
    closedAt: at,
  });
  const honour = (kind: string, title: string) => ({
    _id: id(`honour-${kind}`),
    memberId,
    unitPath: path,
    kind,
    title,
    level: 'street',
    awardedAt: at,
    documentNo: '〔2026〕1号',
    createdBy: 'm-006',
    createdAt: at,
  });
  await col('honours').insert(honour('commendation', `${mark}优秀共产党员`));
  await col('honours').insert(honour('discipline', `${mark}隐藏处分`));
  const guidance = (periodId: string, status: string, message: string) => ({
    _id: `g-${periodId}-${memberId}`,
    memberId,
    memberName: mark,
    periodId,
    periodLabel: periodId,
    grade: 'good',
    weak: [],
    suggestions: [],
    message,
    status,
    sentAt: status === 'sent' ? at : null,
    unitPath: path,
    draftedBy: 'm-006',
    sentBy: null,
    updatedAt: at,
  });
  await col('guidance_notes').insert(guidance('2025', 'sent', `${mark}指导意见`));
  await col('guidance_notes').insert(guidance('2026', 'draft', `${mark}隐藏指导草稿`));
  for (const [year, phase] of [
    [2024, 'done'],
    [2025, 'grading'],
  ] as const) {
    const roundId = `u-b-east_${year}`;
    if (!(await col('review_rounds').get(roundId)))
      await col('review_rounds').insert({ _id: roundId, unitId: 'u-b-east', unitPath: path, year, phase, roster: [] });
    await col('review_grades').insert({
      _id: `${roundId}_${memberId}`,
      roundId,
      unitId: 'u-b-east',
      memberId,
      memberName: mark,
      grade: phase === 'done' ? 'excellent' : 'unqualified',
      reason: `${mark}隐藏评定理由`,
      gradedBy: 'm-006',
      gradedAt: at,
    });
  }
  await col('review_self').insert({
    _id: `u-b-east_2024_${memberId}`,
    roundId: 'u-b-east_2024',
    memberId,
    text: `${mark}自我评价`,
    updatedAt: at,
  });
  await col('review_ratings').insert({
    _id: id('rating'),
    roundId: 'u-b-east_2024',
    rateeId: memberId,
    grade: 'basic',
  });
  const written = (text: string, hidden: boolean) => ({
    memberId,
    authorName: mark,
    text,
    imageFileIds: [],
    mentionIds: [],
    mentionNames: [],
    createdAt: at,
    deleted: false,
    hidden,
    hiddenReason: hidden ? '与主题无关' : null,
  });
  await col('forum_topics').insert({
    _id: id('topic'),
    ...written(`${mark}话题正文`, false),
    unitId: 'u-b-east',
    unitPath: path,
    unitName: '东湖社区党支部',
    title: `${mark}话题`,
    pinned: false,
    closed: false,
    replyCount: 1,
    lastPostAt: at,
  });
  await col('forum_posts').insert({
    _id: id('reply'),
    ...written(`${mark}被隐藏的回复`, true),
    topicId: id('topic'),
    unitPath: path,
    seq: 1,
  });
  await col('comments').insert({
    _id: id('comment'),
    targetKind: 'content',
    targetId: 'c-x',
    managedPath: path,
    memberId,
    authorName: mark,
    text: `${mark}评论`,
    createdAt: at,
    hidden: false,
    hiddenReason: null,
  });
  await col('publicity_objections').insert({
    _id: `pub-x_${memberId}_1`,
    itemId: 'pub-x',
    unitPath: path,
    memberId,
    memberName: mark,
    memberUnitName: '东湖社区党支部',
    text: `${mark}异议`,
    phoneSealed: pii.encrypt('17711112222'),
    handled: false,
    note: null,
    handledAt: null,
    handledBy: null,
    createdAt: at,
  });
  await col('development_steps').insert({
    _id: `${memberId}_application`,
    memberId,
    unitPath: path,
    stepKey: 'application',
    stage: 'applicant',
    date: at,
    documents: [{ name: '入党申请书', fileId: null }],
    contacts: [],
    note: `${mark}发展记录`,
    recordedBy: 'm-006',
    recordedByName: '书记',
    recordedAt: at,
    late: false,
  });
  await col('development_materials').insert({
    _id: `${memberId}_material`,
    fileId: `file-${memberId}`,
    memberId,
    uploaderId: 'm-006',
    docKey: `${mark}入党申请书.pdf`,
    at,
  });
}
