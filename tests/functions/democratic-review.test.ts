import { rmSync } from 'node:fs';
import { COLLECTIONS } from '../../cloudfunctions/store/collections';
import { MAX_PAGE, type Doc, type DocStore } from '../../cloudfunctions/store/types';
import { DEMO, FIXED_NOW, seededDataDir } from '../support/demo-store';
import { dispatcherFor, type Dispatcher, ok } from '../support/dispatcher';
import { seededStore } from '../support/seeded-store';

/**
 * 民主评议党员 through the real dispatcher: one 民主测评 sheet per rater under a race on both stores, the
 * sheets anonymous in storage and logs, each phase's rules, 组织评定 by the branch's admins only, and the
 * counts per grade reported upward equal to a direct count.
 */
const DAY = 86_400_000;
const EAST = 'u-b-east';
const GRADES = ['excellent', 'qualified', 'basic', 'unqualified'] as const;
const deadlines = {
  self: FIXED_NOW + 7 * DAY,
  rating: FIXED_NOW + 14 * DAY,
  grading: FIXED_NOW + 21 * DAY,
  publicity: FIXED_NOW + 28 * DAY,
};
const SELF_TEXT = '一年来认真学习党的理论，按时参加组织生活，积极参与社区志愿服务，不足是联系群众还不够主动。';

interface RosterMember {
  _id: string;
  stage: string;
  unitId: string;
}

async function branchRoster(store: DocStore, unitId = EAST): Promise<RosterMember[]> {
  return store
    .collection<RosterMember & Doc>('members')
    .find(
      { unitPath: unitId, stage: { $in: ['probationary', 'full'] }, status: { $in: ['normal', 'mobile'] } },
      { sort: [['_id', 1]], limit: 100 },
    );
}

/** A sheet from `raterId` grading everyone else on the roster, by a rule of the rater's position. */
function sheetOf(roster: RosterMember[], raterId: string, shift: number) {
  return roster.filter((m) => m._id !== raterId).map((m, i) => ({ memberId: m._id, grade: GRADES[(i + shift) % 2]! }));
}

async function everyDocument(store: DocStore, name: string): Promise<Doc[]> {
  const all: Doc[] = [];
  for (let skip = 0; ; skip += MAX_PAGE) {
    const page = await store.collection(name).find({}, { skip, limit: MAX_PAGE, sort: [['_id', 1]] });
    all.push(...page);
    if (page.length < MAX_PAGE) return all;
  }
}

async function openRound(d: Dispatcher, year = 2026) {
  return ok(d.as(DEMO.eastBranchAdmin)('admin.reviewRoundOpen', { unitId: EAST, year, deadlines }));
}
const advance = (d: Dispatcher, roundId: string) =>
  ok(d.as(DEMO.eastBranchAdmin)('admin.reviewRoundAdvance', { roundId }));

describe.each(['embedded', 'postgres'] as const)('the 民主测评 race on %s', (driver) => {
  let store: DocStore;
  let cleanup: () => Promise<void>;
  let d: Dispatcher;

  beforeAll(async () => {
    ({ store, close: cleanup } = await seededStore(driver));
    d = await dispatcherFor(store);
  }, 120_000);
  afterAll(async () => {
    await d.close();
    await cleanup();
  });

  test('three copies of every sheet at once: one stored per rater, the others refused cleanly', async () => {
    const { roundId } = await openRound(d);
    await advance(d, roundId);
    const roster = await branchRoster(store);
    const raters = roster.filter((m) => m.stage === 'full');
    expect(raters.length).toBeGreaterThanOrEqual(3);
    await d.signIn(...raters.map((m) => m._id));
    const results = await Promise.all(
      raters.flatMap((rater, i) =>
        [0, 1, 2].map(() => d.as(rater._id)('review.rate', { roundId, grades: sheetOf(roster, rater._id, i) })),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(raters.length);
    for (const r of results.filter((r) => !r.ok))
      expect(r.error).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('只能提交一次') });
    expect(await store.collection('review_rater_marks').count({ roundId })).toBe(raters.length);
    expect(await store.collection('review_ratings').count({ roundId })).toBe(raters.length * (roster.length - 1));
  });
});

describe('民主评议 on the embedded store', () => {
  let store: DocStore;
  let dataDir: string;
  let d: Dispatcher;
  let roster: RosterMember[];
  let full: RosterMember[];
  let probationary: RosterMember | undefined;
  const logLines: string[] = [];

  beforeAll(async () => {
    ({ store, dataDir } = await seededDataDir());
    d = await dispatcherFor(store);
    d.services.log = (record) => logLines.push(JSON.stringify(record));
    roster = await branchRoster(store);
    full = roster.filter((m) => m.stage === 'full');
    probationary = roster.find((m) => m.stage === 'probationary');
  });
  afterAll(async () => {
    await d.close();
    await store.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  test('a round is opened once per branch and year, only for a branch, by its admins', async () => {
    const { roundId, phase, underReview, raters } = await openRound(d);
    expect({ phase, underReview, raters }).toEqual({ phase: 'self', underReview: roster.length, raters: full.length });
    const again = await d.as(DEMO.eastBranchAdmin)('admin.reviewRoundOpen', { unitId: EAST, year: 2026, deadlines });
    expect(again.error).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('已经开启') });
    const general = await d.as(DEMO.orgAdmin)('admin.reviewRoundOpen', { unitId: 'u-gb-com', year: 2026, deadlines });
    expect(general.error).toMatchObject({ code: 'VALIDATION_FAILED', fields: { unitId: '请选择一个党支部' } });
    const other = await d.as(DEMO.officeBranchAdmin)('admin.reviewRoundAdvance', { roundId });
    expect(other.error.code).toBe('OUT_OF_SCOPE');
    const unordered = await d.as(DEMO.eastBranchAdmin)('admin.reviewRoundOpen', {
      unitId: EAST,
      year: 2027,
      deadlines: { ...deadlines, rating: deadlines.self - DAY },
    });
    expect(unordered.error.code).toBe('VALIDATION_FAILED');
    expect(await store.collection('review_rounds').count({})).toBe(1);
    const opened = await store.collection<any>('audit').find({ action: 'review.open' }, { limit: 10 });
    expect(opened).toHaveLength(1);
  });

  test('自我评价: content-safety checked, rewritable during its phase only, never a rating before 民主测评', async () => {
    const roundId = `${EAST}_2026`;
    const member = roster[0]!._id;
    const risky = await d.as(member)('review.selfSubmit', { roundId, text: `${SELF_TEXT}另外希望组织毒品防治宣传。` });
    expect(risky.error).toMatchObject({ code: 'VALIDATION_FAILED', fields: { text: '请修改不适宜的词语' } });
    expect(await store.collection('review_self').count({ roundId })).toBe(0);
    const short = await d.as(member)('review.selfSubmit', { roundId, text: '很好' });
    expect(short.error.code).toBe('VALIDATION_FAILED');
    for (const m of roster) await ok(d.as(m._id)('review.selfSubmit', { roundId, text: SELF_TEXT }));
    const rewritten = await ok(d.as(member)('review.selfSubmit', { roundId, text: `${SELF_TEXT}今后改进。` }));
    expect(rewritten.round.selfText).toContain('今后改进');
    expect(await store.collection('review_self').count({ roundId })).toBe(roster.length);
    const outsider = await d.as(DEMO.member)('review.selfSubmit', { roundId, text: SELF_TEXT });
    if (!roster.some((m) => m._id === DEMO.member)) expect(outsider.error.code).toBe('FORBIDDEN');
    const early = await d.as(full[0]!._id)('review.rate', { roundId, grades: sheetOf(roster, full[0]!._id, 0) });
    expect(early.error).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('还没有开始') });
    const sealed = await d.as(DEMO.eastBranchAdmin)('admin.reviewTally', { roundId });
    expect(sealed.error.code).toBe('CONFLICT');
  });

  test('民主测评: full members only, never of oneself, every other member once; bad sheets change nothing', async () => {
    const roundId = `${EAST}_2026`;
    await advance(d, roundId);
    const late = await d.as(roster[0]!._id)('review.selfSubmit', { roundId, text: SELF_TEXT });
    expect(late.error.code).toBe('CONFLICT');
    const rater = full[0]!._id;
    const current = await ok(d.as(rater)('review.current'));
    expect(current.round).toMatchObject({ phase: 'rating', mayRate: true, rated: false });
    expect(current.round.ratees.map((r: any) => r.memberId).sort()).toEqual(
      roster
        .filter((m) => m._id !== rater)
        .map((m) => m._id)
        .sort(),
    );
    const withSelf = [...sheetOf(roster, rater, 0), { memberId: rater, grade: 'excellent' }];
    const selfRated = await d.as(rater)('review.rate', { roundId, grades: withSelf });
    expect(selfRated.error).toMatchObject({
      code: 'VALIDATION_FAILED',
      message: expect.stringContaining('不能给自己'),
    });
    const partial = await d.as(rater)('review.rate', { roundId, grades: sheetOf(roster, rater, 0).slice(1) });
    expect(partial.error.code).toBe('VALIDATION_FAILED');
    const twice = sheetOf(roster, rater, 0);
    const duplicated = await d.as(rater)('review.rate', { roundId, grades: [...twice.slice(1), twice[1]] });
    expect(duplicated.error.code).toBe('VALIDATION_FAILED');
    if (probationary) {
      const refused = await d.as(probationary._id)('review.rate', {
        roundId,
        grades: sheetOf(roster, probationary._id, 0),
      });
      expect(refused.error).toMatchObject({ code: 'FORBIDDEN', message: expect.stringContaining('预备党员') });
    }
    const west = (await branchRoster(store, 'u-b-west')).find((m) => m.stage === 'full')!;
    const outsider = await d.as(west._id)('review.rate', { roundId, grades: sheetOf(roster, west._id, 0) });
    expect(outsider.error.code).toBe('FORBIDDEN');
    expect(await store.collection('review_rater_marks').count({ roundId })).toBe(0);
    expect(await store.collection('review_ratings').count({ roundId })).toBe(0);

    for (const [i, m] of full.entries())
      await ok(d.as(m._id)('review.rate', { roundId, grades: sheetOf(roster, m._id, i) }));
    const done = await ok(d.as(rater)('review.current'));
    expect(done.round).toMatchObject({ rated: true, ratees: [] });
    const progress = await ok(d.as(DEMO.eastBranchAdmin)('admin.reviewRounds', { unitId: EAST }));
    expect(progress.items[0]).toMatchObject({ sheets: full.length, selfSubmitted: roster.length, outcome: null });
    expect((await d.as(DEMO.eastBranchAdmin)('admin.reviewTally', { roundId })).error.code).toBe('CONFLICT');
  });

  test('no stored document, index key or log line links a rater to a grade', async () => {
    const roundId = `${EAST}_2026`;
    const memberDocs = await store
      .collection<any>('members')
      .find({ _id: { $in: full.map((m) => m._id) } }, { limit: 100 });
    const identities = memberDocs.flatMap((m) => [m._id, m.openid, m.phoneHash, m.idCardHash]).filter(Boolean);
    const namesRater = (text: string) => identities.some((identity) => text.includes(identity));
    let ratings = 0;
    let marks = 0;
    for (const name of Object.keys(COLLECTIONS)) {
      for (const doc of await everyDocument(store, name)) {
        const text = JSON.stringify(doc);
        if (name === 'review_ratings') {
          // One grade: a random id, the round, the member graded, the grade. No rater, no time.
          ratings += 1;
          expect(Object.keys(doc).sort()).toEqual(['_id', 'grade', 'rateeId', 'roundId']);
          expect(doc._id).toMatch(/^rr-[A-Za-z0-9_-]{12}$/);
        } else if (name === 'review_rater_marks') {
          // "Has rated": the round and a keyed hash; no member id, no grade.
          marks += 1;
          expect(Object.keys(doc).sort()).toEqual(['_id', 'roundId']);
          expect(namesRater(text)).toBe(false);
        } else if (text.includes(roundId) || name === 'audit') {
          // Anything else about the round holds no grade from a sheet.
          expect(text).not.toMatch(/"grade"/);
        }
      }
    }
    expect({ ratings, marks }).toEqual({ ratings: full.length * (roster.length - 1), marks: full.length });
    const rateLines = logLines.filter((line) => line.includes('review.rate'));
    expect(rateLines.length).toBeGreaterThanOrEqual(full.length);
    for (const line of logLines) {
      expect(namesRater(line)).toBe(false);
      expect(line).not.toMatch(/excellent|qualified|unqualified/);
    }
  });

  test('组织评定: the tally after 民主测评 closes, one grade per member by the branch admins, audited', async () => {
    const roundId = `${EAST}_2026`;
    await advance(d, roundId);
    const late = await d.as(full[0]!._id)('review.rate', { roundId, grades: sheetOf(roster, full[0]!._id, 0) });
    expect(late.error.code).toBe('CONFLICT');
    const { rows } = await ok(d.as(DEMO.eastBranchAdmin)('admin.reviewTally', { roundId }));
    expect(rows).toHaveLength(roster.length);
    for (const row of rows) {
      const direct = await store.collection('review_ratings').count({ roundId, rateeId: row.memberId });
      expect(GRADES.reduce((sum, g) => sum + row.ratings[g], 0)).toBe(direct);
      expect(row.selfText).toContain('认真学习');
    }
    const member = roster.find((m) => m._id !== DEMO.eastBranchAdmin)!._id;
    const fromOther = await d.as(DEMO.officeBranchAdmin)('admin.reviewGrade', {
      roundId,
      memberId: member,
      grade: 'excellent',
      reason: '表现突出',
    });
    expect(fromOther.error.code).toBe('OUT_OF_SCOPE');
    const byMember = await d.as(full[1]!._id)('admin.reviewGrade', {
      roundId,
      memberId: member,
      grade: 'excellent',
      reason: '表现突出',
    });
    expect(byMember.error.code).toBe('FORBIDDEN');
    const early = await d.as(DEMO.eastBranchAdmin)('admin.reviewPublish', { roundId });
    expect(early.error).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('未评定') });
    // The secretary's own grade comes from the committee above: nobody grades themselves.
    for (const [i, m] of roster.entries())
      await ok(
        d.as(m._id === DEMO.eastBranchAdmin ? DEMO.orgAdmin : DEMO.eastBranchAdmin)('admin.reviewGrade', {
          roundId,
          memberId: m._id,
          grade: GRADES[i % 3],
          reason: '根据民主测评和日常表现评定',
        }),
      );
    const regraded = await ok(
      d.as(DEMO.eastBranchAdmin)('admin.reviewGrade', {
        roundId,
        memberId: member,
        grade: 'qualified',
        reason: '复核后调整',
      }),
    );
    expect(regraded).toMatchObject({ grade: 'qualified', reason: '复核后调整' });
    expect(await store.collection('review_grades').count({ roundId })).toBe(roster.length);
    const audits = await store.collection<any>('audit').find({ action: 'review.grade' }, { limit: 100 });
    expect(audits).toHaveLength(roster.length + 1);
    expect(audits.some((a) => a.changes[0]?.before !== null)).toBe(true);
  });

  test('公示: published once all are graded; members read their grade; the general branch sees counts equal to a direct count', async () => {
    const roundId = `${EAST}_2026`;
    const beforeSummary = await ok(d.as(DEMO.orgAdmin)('admin.reviewSummary', { unitId: 'u-gb-com', year: 2026 }));
    expect(beforeSummary.branches[0]).toMatchObject({ unitName: '东湖社区党支部', outcome: null });
    const inboxBefore = await store.collection('notices').count({});
    const published = await ok(d.as(DEMO.eastBranchAdmin)('admin.reviewPublish', { roundId }));
    expect(published.phase).toBe('publicity');
    expect(await store.collection('notices').count({})).toBe(inboxBefore + roster.length);
    const [posted] = await store.collection<any>('publicity_items').find({ unitId: EAST }, { limit: 10 });
    expect(posted).toMatchObject({ kind: 'review_result', title: '2026年度民主评议党员结果公示' });
    expect(posted.body).toContain('共评议党员');

    const summary = await ok(d.as(DEMO.orgAdmin)('admin.reviewSummary', { unitId: 'u-gb-com', year: 2026 }));
    for (const grade of GRADES)
      expect(summary.branches[0].outcome[grade]).toBe(
        await store.collection('review_grades').count({ roundId, grade }),
      );
    expect(summary.total).toEqual(summary.branches[0].outcome);
    const mine = await ok(d.as(roster[1]!._id)('review.current'));
    const stored = await store.collection<any>('review_grades').get(`${roundId}_${roster[1]!._id}`);
    expect(mine.round).toMatchObject({ phase: 'publicity', myGrade: stored.grade, outcome: summary.total });
    const afterPublish = await d.as(DEMO.eastBranchAdmin)('admin.reviewGrade', {
      roundId,
      memberId: roster[1]!._id,
      grade: 'excellent',
      reason: '公示后修改',
    });
    expect(afterPublish.error.code).toBe('CONFLICT');
    expect((await advance(d, roundId)).phase).toBe('done');
  });

  test('支部评星定级: the committee rates a branch beside its figures; a branch cannot rate itself', async () => {
    const refused = await d.as(DEMO.eastBranchAdmin)('admin.branchRating', {
      unitId: EAST,
      year: 2026,
      stars: 5,
      note: '工作扎实',
    });
    expect(refused.error.code).toBe('FORBIDDEN');
    const row = await ok(
      d.as(DEMO.orgAdmin)('admin.branchRating', { unitId: EAST, year: 2026, stars: 4, note: '三会一课规范' }),
    );
    expect(row).toMatchObject({ unitName: '东湖社区党支部', stars: 4, note: '三会一课规范' });
    await ok(d.as(DEMO.orgAdmin)('admin.branchRating', { unitId: EAST, year: 2026, stars: 5, note: '评议工作扎实' }));
    const list = await ok(d.as(DEMO.orgAdmin)('admin.branchRatings', { unitId: 'u-gb-com', year: 2026 }));
    const east = list.items.find((r: any) => r.unitId === EAST);
    expect(east).toMatchObject({ stars: 5, note: '评议工作扎实', meetingMonthsOwed: 11 });
    expect(east.reviewOutcome).not.toBeNull();
    expect(await store.collection('branch_ratings').count({})).toBe(1);
    expect(await store.collection('audit').count({ action: 'review.branchRating' })).toBe(2);
  });

  test('a host stopping between "has rated" and the grades neither loses the sheet nor counts it twice', async () => {
    const failures = { left: 1 };
    const crashing = await dispatcherFor(crashingBeforeRatings(store, failures));
    try {
      const west = await branchRoster(store, 'u-b-west');
      const [rater, other] = west.filter((m) => m.stage === 'full');
      const { roundId } = await ok(
        crashing.as(DEMO.orgAdmin)('admin.reviewRoundOpen', { unitId: 'u-b-west', year: 2026, deadlines }),
      );
      await ok(crashing.as(DEMO.orgAdmin)('admin.reviewRoundAdvance', { roundId }));
      const crashed = await crashing.as(rater!._id)('review.rate', { roundId, grades: sheetOf(west, rater!._id, 0) });
      expect(crashed.ok).toBe(false);
      expect(failures.left).toBe(0);
      const [mark] = await store.collection<any>('review_rater_marks').find({ roundId }, { limit: 10 });
      expect(mark.pending).toMatch(/^v1:/);
      const retry = await crashing.as(rater!._id)('review.rate', { roundId, grades: sheetOf(west, rater!._id, 1) });
      expect(retry.error.code).toBe('CONFLICT');
      await ok(crashing.as(other!._id)('review.rate', { roundId, grades: sheetOf(west, other!._id, 0) }));
      await ok(crashing.as(DEMO.orgAdmin)('admin.reviewRoundAdvance', { roundId }));
      const { rows } = await ok(crashing.as(DEMO.orgAdmin)('admin.reviewTally', { roundId }));
      const total = rows.reduce((sum: number, row: any) => sum + GRADES.reduce((n, g) => n + row.ratings[g], 0), 0);
      expect(total).toBe(2 * (west.length - 1));
      const stored = await store.collection<any>('review_rater_marks').find({ roundId }, { limit: 10 });
      expect(stored.map((m) => Object.keys(m).sort())).toEqual([
        ['_id', 'roundId'],
        ['_id', 'roundId'],
      ]);
    } finally {
      await crashing.close();
    }
  });
});

/** The store, failing the first `failures` grade inserts as a host dying between the two writes would. */
function crashingBeforeRatings(store: DocStore, failures: { left: number }): DocStore {
  return new Proxy(store, {
    get(target, property, receiver) {
      if (property !== 'collection') return Reflect.get(target, property, receiver);
      return (name: string) => {
        const collection = target.collection(name);
        if (name !== 'review_ratings') return collection;
        return new Proxy(collection, {
          get(inner, key, innerReceiver) {
            if (key !== 'insert') return Reflect.get(inner, key, innerReceiver);
            return async (doc: Doc) => {
              if (failures.left > 0) {
                failures.left -= 1;
                throw new Error('host stopped between the mark and the grades');
              }
              return inner.insert(doc);
            };
          },
        });
      };
    },
  });
}
