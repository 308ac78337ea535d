import { mapKey } from '../../cloudfunctions/modules/home/home.repository';
import type { MemberDoc, UnitDoc } from '../../cloudfunctions/modules/members/members.types';
import { addresseeFilter } from '../../cloudfunctions/modules/notices/bulletin-audience';
import { newReceipt } from '../../cloudfunctions/modules/notices/bulletins.service';
import type { BulletinDoc, UnitTally } from '../../cloudfunctions/modules/notices/bulletins.types';
import type { FilesPort } from '../../cloudfunctions/platform/files';
import type { DocStore } from '../../cloudfunctions/store/types';
import { THREE_MEETINGS_PDF } from './demo-pdf';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

type DemoNotice = Omit<BulletinDoc, 'audienceCount' | 'readCount' | 'confirmedCount' | 'units' | 'withdrawn'>;

const UNIT_NAMES: Record<string, string> = {
  'u-gb-com': '社区党总支',
  'u-b-west': '西苑社区党支部',
  'u-b-east': '东湖社区党支部',
};

/**
 * Four 通知公告: a pinned one of the community general branch, a must-read one of the demo member's branch
 * with a deadline, one with the meeting rules attached, and a must-read one of the east branch. A few members of the branch have read them.
 */
function demoNotices(now: number, rulesFileId: string): DemoNotice[] {
  const base = {
    attachments: [],
    mustRead: false,
    deadline: null,
    expiresAt: null,
    pinned: false,
    editedAt: null,
    remindRound: 0,
    audience: { kind: 'subtree' as const },
  };
  return [
    {
      ...base,
      _id: 'nt-demo-pinned',
      unitId: 'u-gb-com',
      unitPath: ['u-committee', 'u-gb-com'],
      unitName: UNIT_NAMES['u-gb-com']!,
      title: '关于做好年终党员民主评议工作的通知',
      body:
        '<h2>一、评议时间</h2><p>12月10日至12月20日，各支部自行安排组织生活会。</p>' +
        '<h2>二、评议内容</h2><ul><li>学习贯彻党的创新理论情况</li><li>履行党员义务、发挥先锋模范作用情况</li></ul>' +
        '<p>请各支部书记提前做好谈心谈话，12月25日前将评议结果报总支。</p>',
      pinned: true,
      publishedAt: now - 2 * DAY,
      createdBy: 'm-002',
    },
    {
      ...base,
      _id: 'nt-demo-must-read',
      unitId: 'u-b-west',
      unitPath: ['u-committee', 'u-gb-com', 'u-b-west'],
      unitName: UNIT_NAMES['u-b-west']!,
      title: '本周六上午开展“重温入党誓词”主题党日活动',
      body:
        '<p>全体党员：</p><p>本周六上午9:00在社区党群服务中心二楼开展主题党日活动，请佩戴党员徽章准时参加。</p>' +
        '<p>因故不能参加的，请提前向支部书记请假。</p>',
      mustRead: true,
      deadline: now + 2 * DAY,
      publishedAt: now - 5 * HOUR,
      createdBy: 'm-007',
    },
    {
      ...base,
      _id: 'nt-demo-east',
      unitId: 'u-b-east',
      unitPath: ['u-committee', 'u-gb-com', 'u-b-east'],
      unitName: UNIT_NAMES['u-b-east']!,
      title: '关于按时交纳第四季度党费的通知',
      body: '<p>请各位党员于本月25日前通过支部收缴第四季度党费，并在本通知点“已阅”确认。</p>',
      mustRead: true,
      deadline: now + 3 * DAY,
      publishedAt: now - DAY,
      createdBy: 'm-006',
    },
    {
      ...base,
      _id: 'nt-demo-attachment',
      unitId: 'u-b-west',
      unitPath: ['u-committee', 'u-gb-com', 'u-b-west'],
      unitName: UNIT_NAMES['u-b-west']!,
      title: '支部“三会一课”制度（修订稿）征求意见',
      body: '<p>支委会修订了“三会一课”制度，全文见附件，请于月底前将意见反馈给支部组织委员。</p>',
      attachments: [{ fileId: rulesFileId, name: THREE_MEETINGS_PDF.name, kind: 'pdf' }],
      expiresAt: now + 30 * DAY,
      publishedAt: now - 3 * DAY,
      createdBy: 'm-007',
    },
  ];
}

/** `files`: where the attachment is stored, the files port the host serves (a real PDF, so it opens). */
export async function seedDemoNotices(store: DocStore, files: FilesPort, now: number): Promise<boolean> {
  const bulletins = store.collection<BulletinDoc>('bulletins');
  if ((await bulletins.count({})) > 0) return false;
  const rulesFileId = await files.put(THREE_MEETINGS_PDF.name, THREE_MEETINGS_PDF.content(), 'application/pdf');
  const members = store.collection<MemberDoc>('members');
  const unitNames = new Map(
    (await store.collection<UnitDoc>('units').find({}, { limit: 100 })).map((u) => [u._id, u.name]),
  );
  for (const notice of demoNotices(now, rulesFileId)) {
    const addressees = await members.find(addresseeFilter(notice), { sort: [['_id', 1]], limit: 100 });
    const units: Record<string, UnitTally> = {};
    const doc: BulletinDoc = {
      ...notice,
      withdrawn: false,
      audienceCount: addressees.length,
      readCount: 0,
      confirmedCount: 0,
      units,
    };
    const receipts = addressees.map((member, i) => {
      // Every third member has read it (and confirmed, if it must be read); the first of each list and the demo
      // member have not, so the gallery's member sees them unread.
      const read = i % 3 === 1 && member._id !== 'm-010';
      const receipt = newReceipt(doc, member, read ? notice.publishedAt + (i + 1) * HOUR : null);
      if (read && notice.mustRead) receipt.confirmedAt = receipt.readAt;
      const tally = (units[mapKey(member.unitId)] ??= {
        unitId: member.unitId,
        unitName: unitNames.get(member.unitId) ?? '',
        audience: 0,
        read: 0,
        confirmed: 0,
      });
      tally.audience += 1;
      tally.read += read ? 1 : 0;
      tally.confirmed += receipt.confirmedAt !== null ? 1 : 0;
      return receipt;
    });
    doc.readCount = receipts.filter((r) => r.readFlag === 1).length;
    doc.confirmedCount = receipts.filter((r) => r.confirmedAt !== null).length;
    await bulletins.insert(doc);
    for (const receipt of receipts) await store.collection('bulletin_receipts').insert(receipt);
  }
  return true;
}
