import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { LOCAL_SOTER_SIGNATURE } from '../../cloudfunctions/platform/soter';
import { DEMO, testCipher } from '../support/demo-store';
import { newWechatUser, signIn, startTestHost, type TestHost } from '../support/http-host';
import { placeOwnRecords } from '../support/own-records-fixture';

/** Member records, the org tree, personal data protection and the audit log, through the HTTP host. */
let host: TestHost;
let eastAdmin: string;
let orgAdmin: string;
const FALLBACK = { method: 'fallback', reason: '手机不支持指纹' };

beforeAll(async () => {
  host = await startTestHost();
  eastAdmin = await signIn(host, DEMO.eastBranchAdmin);
  orgAdmin = await signIn(host, DEMO.orgAdmin);
});
afterAll(() => host.close());

const firstEastMember = async () =>
  (await host.call('admin.memberList', { unitId: 'u-b-east', limit: 50 }, eastAdmin)).body.data.items.find(
    (m: any) => m.role === 'member',
  );

describe('personal data at rest and on the wire', () => {
  test('the store’s files hold no plaintext ID number or phone after seeding', async () => {
    const pii = testCipher();
    const members = await host.store.collection<any>('members').find({}, { limit: 100 });
    const secrets = members.flatMap((m) => [m.idCard, m.phone].filter(Boolean).map((v: string) => pii.decrypt(v)));
    expect(secrets.length).toBeGreaterThan(100);
    const dbDir = path.join(host.dataDir, 'db');
    const files = readdirSync(dbDir)
      .map((file) => readFileSync(path.join(dbDir, file), 'utf8'))
      .join('\n');
    expect(files).toContain('v1:k1:');
    for (const secret of secrets) expect(files).not.toContain(secret);
  });

  test('lists and records show masked values only', async () => {
    const list = await host.call('admin.memberList', { unitId: 'u-b-east' }, eastAdmin);
    for (const item of list.body.data.items) expect(item.phoneMasked).toMatch(/^\d{3}\*{6}\d{2}$/);
    const member = await firstEastMember();
    const record = await host.call('admin.memberGet', { memberId: member.memberId }, eastAdmin);
    expect(record.body.data.idCardMasked).toMatch(/^\d\*{16}[\dX]$/);
    const stored = await host.store.collection<any>('members').get(member.memberId);
    const pii = testCipher();
    for (const secret of [pii.decrypt(stored.phone), pii.decrypt(stored.idCard)]) {
      expect(JSON.stringify(record.body)).not.toContain(secret);
      expect(JSON.stringify(list.body)).not.toContain(secret);
    }
  });

  test('reveal needs re-confirmation, returns the full value and is audited', async () => {
    // SOTER by the office branch's admin (once passed, their typed-reason fallback is refused), a reason by the east's.
    const officeAdmin = await signIn(host, DEMO.officeBranchAdmin);
    const officeMember = (
      await host.call('admin.memberList', { unitId: 'u-b-office', limit: 50 }, officeAdmin)
    ).body.data.items.find((m: any) => m.role === 'member');
    const signed = async (signature: string) => {
      const { challenge } = (await host.call('admin.identityChallenge', {}, officeAdmin)).body.data;
      return { method: 'soter', resultJSON: JSON.stringify({ raw: challenge }), signature };
    };
    const refused = await host.call(
      'admin.memberReveal',
      { memberId: officeMember.memberId, field: 'phone', confirmation: await signed('forged') },
      officeAdmin,
    );
    expect(refused.body.error.code).toBe('FORBIDDEN');
    const revealed = await host.call(
      'admin.memberReveal',
      { memberId: officeMember.memberId, field: 'phone', confirmation: await signed(LOCAL_SOTER_SIGNATURE) },
      officeAdmin,
    );
    expect(revealed.body.data.value).toMatch(/^1\d{10}$/);
    expect(revealed.body.data.value.slice(-2)).toBe(officeMember.phoneMasked.slice(-2));
    const [soterEntry] = (await host.call('admin.auditList', { unitId: 'u-b-office', limit: 1 }, officeAdmin)).body.data
      .items;
    expect(soterEntry.summary).toContain('已通过指纹/人脸验证');
    const member = await firstEastMember();
    const viaFallback = await host.call(
      'admin.memberReveal',
      { memberId: member.memberId, field: 'idCard', confirmation: FALLBACK },
      eastAdmin,
    );
    expect(viaFallback.body.data.value).toMatch(/^\d{17}[\dX]$/);
    const [entry] = (await host.call('admin.auditList', { unitId: 'u-b-east', limit: 1 }, eastAdmin)).body.data.items;
    expect(entry.summary).toContain('完整身份证号');
    expect(entry.summary).toContain('未使用生物认证：手机不支持指纹');
  });

  test('search by full phone uses the keyed hash', async () => {
    const member = await firstEastMember();
    const stored = await host.store.collection<any>('members').get(member.memberId);
    const phone = testCipher().decrypt(stored.phone);
    const found = await host.call('admin.memberList', { unitId: 'u-b-east', query: phone }, eastAdmin);
    expect(found.body.data.items.map((m: any) => m.memberId)).toEqual([member.memberId]);
  });
});

describe('member records', () => {
  test('create with a valid ID number; a bad checksum or mismatched birth date is refused', async () => {
    const base = {
      unitId: 'u-b-east',
      name: '测试新人',
      gender: 'female',
      ethnicity: '汉族',
      birthDate: null,
      education: '本科',
      phone: '18600000001',
      position: null,
      status: 'normal',
      joinedAt: null,
      stage: 'applicant',
      stageSince: Date.UTC(2026, 0, 1),
    };
    const bad = await host.call('admin.memberCreate', { ...base, idCard: '330106199003070120' }, eastAdmin);
    expect(bad.body.error.fields.idCard).toContain('校验位');
    const mismatch = await host.call(
      'admin.memberCreate',
      { ...base, idCard: '33010619900307012X', birthDate: '1991-01-01' },
      eastAdmin,
    );
    expect(mismatch.body.ok).toBe(false);
    const created = await host.call('admin.memberCreate', { ...base, idCard: '330106199003070129' }, eastAdmin);
    expect(created.body.data).toMatchObject({ name: '测试新人', birthYear: 1990, phoneMasked: '186******01' });
    const duplicate = await host.call('admin.memberCreate', { ...base, name: '另一人', idCard: null }, eastAdmin);
    expect(duplicate.body.error).toMatchObject({ code: 'CONFLICT', fields: { phone: expect.any(String) } });
  });

  test('update records before/after, masked, in the audit log; a stale concurrent edit is refused', async () => {
    const member = await firstEastMember();
    const updated = await host.call(
      'admin.memberUpdate',
      { memberId: member.memberId, changes: { phone: '18600000002', position: '宣传委员' } },
      eastAdmin,
    );
    expect(updated.body.data).toMatchObject({ phoneMasked: '186******02', position: '宣传委员' });
    const [entry] = (await host.call('admin.auditList', { unitId: 'u-b-east', limit: 1 }, eastAdmin)).body.data.items;
    expect(entry.changes).toEqual(
      expect.arrayContaining([
        { field: '手机号', before: expect.stringMatching(/^\d{3}\*{6}\d{2}$/), after: '186******02' },
        { field: '党内职务', before: null, after: '宣传委员' },
      ]),
    );
    expect(JSON.stringify(entry)).not.toContain('18600000002');
  });

  test('stage corrections by the Party committee, with a reason, are kept as history; a branch is refused', async () => {
    const member = await firstEastMember();
    const byBranch = await host.call(
      'admin.memberChangeStage',
      { memberId: member.memberId, stage: 'activist', at: Date.UTC(2026, 1, 1), reason: '录入有误' },
      eastAdmin,
    );
    expect(byBranch.body.error.code).toBe('FORBIDDEN');
    await host.call(
      'admin.memberChangeStage',
      { memberId: member.memberId, stage: 'activist', at: Date.UTC(2026, 1, 1), reason: '录入有误' },
      orgAdmin,
    );
    const result = await host.call(
      'admin.memberChangeStage',
      { memberId: member.memberId, stage: 'candidate', at: Date.UTC(2026, 5, 1), reason: '补录' },
      orgAdmin,
    );
    const history = result.body.data.stageHistory.map((step: any) => step.stage);
    expect(history.slice(-2)).toEqual(['activist', 'candidate']);
    expect(result.body.data.stage).toBe('candidate');
  });

  test('training records are added and kept, audited', async () => {
    const member = await firstEastMember();
    const added = await host.call(
      'admin.memberAddTraining',
      { memberId: member.memberId, title: '党史专题培训', at: Date.UTC(2026, 5, 1), hours: 8 },
      eastAdmin,
    );
    expect(added.body.data.trainings).toEqual([{ title: '党史专题培训', at: Date.UTC(2026, 5, 1), hours: 8 }]);
    expect(
      (
        await host.call(
          'admin.memberAddTraining',
          { memberId: member.memberId, title: 'x', at: 0, hours: 0 },
          eastAdmin,
        )
      ).body.error.code,
    ).toBe('VALIDATION_FAILED');
    const [entry] = (await host.call('admin.auditList', { unitId: 'u-b-east', limit: 1 }, eastAdmin)).body.data.items;
    expect(entry.summary).toContain('党史专题培训');
  });

  test('a branch admin cannot open or change another branch’s member', async () => {
    const west = (await host.call('admin.memberList', { unitId: 'u-b-west', limit: 1 }, orgAdmin)).body.data.items[0];
    expect((await host.call('admin.memberGet', { memberId: west.memberId }, eastAdmin)).body.error.code).toBe(
      'OUT_OF_SCOPE',
    );
    expect(
      (await host.call('admin.memberUpdate', { memberId: west.memberId, changes: { position: 'x' } }, eastAdmin)).body
        .error.code,
    ).toBe('OUT_OF_SCOPE');
    expect((await host.call('admin.memberList', { unitId: 'u-b-west' }, eastAdmin)).body.error.code).toBe(
      'OUT_OF_SCOPE',
    );
    expect((await host.call('admin.auditList', { unitId: 'u-committee' }, eastAdmin)).body.error.code).toBe(
      'OUT_OF_SCOPE',
    );
  });

  test('roles: only below one’s own, never on an equal or one’s own, scoped, re-confirmed', async () => {
    const member = await firstEastMember();
    const grant = (role: string, token: string, extra = {}) =>
      host.call('admin.memberSetRole', { memberId: member.memberId, role, confirmation: FALLBACK, ...extra }, token);
    // Nobody grants their own role or one above it.
    expect((await grant('org_admin', eastAdmin)).body.error.code).toBe('FORBIDDEN');
    expect((await grant('branch_admin', eastAdmin)).body.error.code).toBe('FORBIDDEN');
    expect((await grant('org_admin', orgAdmin)).body.error.code).toBe('FORBIDDEN');
    const granted = await grant('branch_admin', orgAdmin);
    expect(granted.body.data).toMatchObject({ role: 'branch_admin', adminUnitId: 'u-b-east' });
    // Now the east branch admin's equal: out of their reach, as they are themselves.
    expect((await grant('member', eastAdmin)).body.error.code).toBe('FORBIDDEN');
    const self = await host.call(
      'admin.memberSetRole',
      { memberId: DEMO.eastBranchAdmin, role: 'member', confirmation: FALLBACK },
      eastAdmin,
    );
    expect(self.body.error.code).toBe('FORBIDDEN');
    expect((await grant('member', orgAdmin)).body.data.adminUnitId).toBeNull();
    // The unit an admin role is given for must lie in the granter's own subtree.
    const superAdmin = await signIn(host, DEMO.superAdmin);
    const comAdmin = await host.call(
      'admin.memberSetRole',
      { memberId: DEMO.member, role: 'org_admin', adminUnitId: 'u-gb-com', confirmation: FALLBACK },
      superAdmin,
    );
    expect(comAdmin.body.ok).toBe(true);
    const comToken = await signIn(host, DEMO.member);
    expect((await grant('branch_admin', comToken, { adminUnitId: 'u-b-office' })).body.error.code).toBe('OUT_OF_SCOPE');
  });
});

describe('the organisation tree', () => {
  test('create, rename, move with cycle checks, archive only when empty', async () => {
    const group = await host.call(
      'admin.unitCreate',
      { unitId: 'u-b-east', name: '东湖第一党小组', kind: 'group' },
      eastAdmin,
    );
    expect(group.body.ok).toBe(true);
    const wrongKind = await host.call(
      'admin.unitCreate',
      { unitId: 'u-b-east', name: '错误层级', kind: 'committee' },
      eastAdmin,
    );
    expect(wrongKind.body.error.fields.kind).toBeTruthy();
    const groupId = group.body.data.unitId;
    expect((await host.call('admin.unitRename', { unitId: groupId, name: '东湖一组' }, eastAdmin)).body.data.name).toBe(
      '东湖一组',
    );

    expect(
      (await host.call('admin.unitMove', { unitId: 'u-gb-com', newParentId: 'u-b-east' }, orgAdmin)).body.error.code,
    ).toBe('CONFLICT');
    const moved = await host.call('admin.unitMove', { unitId: 'u-b-east', newParentId: 'u-gb-org' }, orgAdmin);
    expect(moved.body.ok).toBe(true);
    const card = await host.call('me.card', {}, eastAdmin);
    expect(card.body.data.unitPath).toEqual(['城南街道党委', '机关党总支']);
    const org = await host.call('admin.unitOverview', { unitId: 'u-gb-org' }, orgAdmin);
    expect(org.body.data.childUnits.map((u: any) => u.unitId)).toContain('u-b-east');
    const sub = await host.call('admin.unitOverview', { unitId: 'u-b-east' }, orgAdmin);
    expect(sub.body.data.childUnits.map((u: any) => u.name)).toEqual(['东湖一组']);

    const refused = await host.call('admin.unitArchive', { unitId: 'u-b-east' }, orgAdmin);
    expect(refused.body.error.code).toBe('CONFLICT');
    expect(refused.body.error.message).toMatch(/还有 \d+ 名党员，请先把他们转到其他单位/);
    expect((await host.call('admin.unitArchive', { unitId: groupId }, eastAdmin)).body.ok).toBe(true);
    expect((await host.call('admin.unitOverview', { unitId: 'u-b-east' }, eastAdmin)).body.data.childUnits).toEqual([]);
  });

  test('a unit with more than 100 child units lists the first 100 and says how many there are', async () => {
    for (let i = 0; i < 101; i += 1)
      await host.store.collection<any>('units').insert({
        _id: `u-many-${i}`,
        name: `网格党小组${String(i).padStart(3, '0')}`,
        kind: 'group',
        parentId: 'u-b-west',
        path: ['u-committee', 'u-gb-com', 'u-b-west'],
      });
    const overview = (await host.call('admin.unitOverview', { unitId: 'u-b-west' }, orgAdmin)).body.data;
    expect(overview.childUnits).toHaveLength(100);
    expect(overview.childUnitTotal).toBe(101);
    expect(overview.childUnits[0].name).toBe('网格党小组000');
  });
});

describe('a member’s own record', () => {
  test('sees their dossier masked, corrects their phone, downloads their data', async () => {
    const member = await firstEastMember();
    const { code } = (await host.call('admin.inviteCreate', { memberId: member.memberId }, eastAdmin)).body.data;
    const user = await newWechatUser(host);
    const token = (await host.call('auth.bindByInvite', { code }, user)).body.data.token;
    const dossier = await host.call('me.dossier', {}, token);
    expect(dossier.body.data.phoneMasked).toMatch(/^\d{3}\*{6}\d{2}$/);
    const updated = await host.call('me.updatePhone', { phone: '17700000077' }, token);
    expect(updated.body.data.phoneMasked).toBe('177******77');
    expect((await host.call('me.updatePhone', { phone: '123' }, token)).body.error.fields.phone).toContain('11 位');
    const exported = await host.call('me.exportData', {}, token);
    const data = JSON.parse(exported.body.data.json);
    expect(data).toMatchObject({ name: member.name, phone: '17700000077' });
    expect(data.idCard).toMatch(/^\d{17}[\dX]$/);
    expect(data.birthDate).toMatch(/^\d{4}-\d{2}-\d{2}$/); // their own data in full, unlike the masked record
    const audit = (await host.call('admin.auditList', { unitId: 'u-b-east', limit: 1 }, eastAdmin)).body.data.items[0];
    expect(audit.summary).toContain('下载了本人数据');
  });

  test('the download holds their records of every module, decided and sent ones only, and nothing of anyone else', async () => {
    // Two members with no seeded records, so the demo data can never stand in for what is checked.
    const members = host.store.collection<any>('members');
    const { phoneHash: _p, idCardHash: _i, openid: _o, ...template } = await members.get(DEMO.member);
    for (const [id, name] of [
      ['m-export-self', '本人党员'],
      ['m-export-other', '他人党员'],
    ])
      await members.insert({ ...template, _id: id, name, nameKey: name, phone: null, idCard: null });
    await placeOwnRecords(host.store, 'm-export-self', '本人');
    await placeOwnRecords(host.store, 'm-export-other', '他人');
    const token = await signIn(host, 'm-export-self');
    const data = JSON.parse((await host.call('me.exportData', {}, token)).body.data.json);
    const text = JSON.stringify(data);
    expect(data.dues.profile).toMatchObject({ baseFen: 812300, monthlyDueFen: 4062 });
    expect(data.dues.months.map((m: any) => m.month)).toEqual(['2026-03']);
    expect(data.dues.payments[0].reference).toBe('本人收据');
    expect(data.transfers.transfers[0]).toMatchObject({ to: '本人接收党组织', status: 'completed' });
    expect(data.transfers.flowRegistration.place).toBe('本人外出地点');
    expect(data.transfers.volunteer[0]).toMatchObject({ title: '本人志愿服务', minutes: 90 });
    expect(data.assessment.items.map((i: any) => i.evidence)).toEqual(['本人加分依据']);
    expect(data.assessment.scores[0]).toMatchObject({ periodId: '2026', total: 88 });
    expect(data.assessment.commendations.map((h: any) => h.title)).toEqual(['本人优秀共产党员']);
    expect(data.assessment.guidance.map((g: any) => g.message)).toEqual(['本人指导意见']);
    expect(data.review.selfAssessments).toEqual([expect.objectContaining({ year: 2024, text: '本人自我评价' })]);
    expect(data.review.grades).toEqual([{ year: 2024, grade: 'excellent' }]); // the 2025 grade is not yet published
    expect(data.forum.topics[0]).toMatchObject({ title: '本人话题', hiddenByAdmin: false });
    expect(data.forum.replies[0]).toMatchObject({ text: '本人被隐藏的回复', hiddenByAdmin: true });
    expect(data.forum.comments[0].text).toBe('本人评论');
    expect(data.publicity.objections[0]).toMatchObject({ text: '本人异议', phone: '17711112222' });
    expect(data.development.timeline[0]).toMatchObject({ stepKey: 'application', note: '本人发展记录' });
    expect(data.development.materials).toEqual([expect.objectContaining({ fileName: '本人入党申请书.pdf' })]);
    expect(data.note).toContain('关怀走访记录仅作为党组织的管理记录保存');
    expect(text).not.toContain('本人隐藏'); // care notes, pending items, 处分, drafts, grade reasons
    expect(text).not.toContain('rating-'); // the anonymous 民主测评 sheets
    expect(text).not.toContain('他人');
  });
});
