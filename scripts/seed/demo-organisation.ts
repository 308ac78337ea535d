import { EDUCATION_LEVELS, STAGES, type Role, type Stage } from '../../types/labels';
import { idCardCheckCharacter } from '../../cloudfunctions/modules/members/id-card';
import { protectPersonalData } from '../../cloudfunctions/modules/members/member-records';
import type { PersonalDataCipher } from '../../cloudfunctions/security/personal-data';
import { membersRepository } from '../../cloudfunctions/modules/members/members.repository';
import type { MemberDoc, UnitDoc } from '../../cloudfunctions/modules/members/members.types';
import { ensureAllCollections } from '../../cloudfunctions/store/collections';
import type { DocStore } from '../../cloudfunctions/store/types';
import { backfillDemoAggregates } from './demo-aggregates';

/**
 * The demo organisation: 1 Party committee, 2 general branches, 5 branches, 60 members across roles and
 * development stages. Deterministic (same ids and names every time) and applied only to an empty store.
 */
const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN_NAMES = [
  '建国',
  '秀英',
  '志强',
  '丽华',
  '国庆',
  '桂兰',
  '海涛',
  '文静',
  '卫东',
  '淑珍',
  '振华',
  '晓燕',
  '德明',
  '玉梅',
  '永红',
  '红梅',
  '立新',
  '春花',
  '长青',
  '美玲',
  '宏伟',
  '翠英',
  '利民',
  '雪梅',
  '光辉',
  '凤英',
  '明亮',
  '慧敏',
  '金山',
  '雅琴',
  '子涵',
  '思远',
  '雨桐',
  '浩然',
  '欣怡',
  '俊杰',
  '梓萱',
  '宇航',
  '诗涵',
  '博文',
];

export const DEMO_UNITS: UnitDoc[] = [
  { _id: 'u-committee', name: '城南街道党委', kind: 'committee', parentId: null, path: [] },
  { _id: 'u-gb-org', name: '机关党总支', kind: 'general_branch', parentId: 'u-committee', path: ['u-committee'] },
  { _id: 'u-gb-com', name: '社区党总支', kind: 'general_branch', parentId: 'u-committee', path: ['u-committee'] },
  {
    _id: 'u-b-office',
    name: '综合办公室党支部',
    kind: 'branch',
    parentId: 'u-gb-org',
    path: ['u-committee', 'u-gb-org'],
  },
  {
    _id: 'u-b-service',
    name: '便民服务中心党支部',
    kind: 'branch',
    parentId: 'u-gb-org',
    path: ['u-committee', 'u-gb-org'],
  },
  {
    _id: 'u-b-retired',
    name: '离退休干部党支部',
    kind: 'branch',
    parentId: 'u-gb-org',
    path: ['u-committee', 'u-gb-org'],
  },
  { _id: 'u-b-east', name: '东湖社区党支部', kind: 'branch', parentId: 'u-gb-com', path: ['u-committee', 'u-gb-com'] },
  { _id: 'u-b-west', name: '西苑社区党支部', kind: 'branch', parentId: 'u-gb-com', path: ['u-committee', 'u-gb-com'] },
];

const BRANCH_IDS = DEMO_UNITS.filter((unit) => unit.kind === 'branch').map((unit) => unit._id);
const BRANCH_POSITIONS = ['组织委员', '宣传委员', '纪检委员'];
const DAY = 86_400_000;

/** A tiny deterministic generator (mulberry32), so demo data is the same on every machine. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(items: readonly T[], random: () => number): T {
  return items[Math.floor(random() * items.length)] as T;
}

function unitPathOf(unitId: string): string[] {
  const unit = DEMO_UNITS.find((candidate) => candidate._id === unitId);
  if (!unit) throw new Error(`unknown demo unit ${unitId}`);
  return [...unit.path, unit._id];
}

const REGIONS = ['110101', '320102', '330106', '440106', '510104', '420102'];

/** A valid (checksummed) but fictitious ID number for someone born on `birthDate`. */
export function fictitiousIdCard(random: () => number, birthDate: string): string {
  const first17 = `${pick(REGIONS, random)}${birthDate.replace(/-/g, '')}${String(Math.floor(random() * 1000)).padStart(3, '0')}`;
  return first17 + idCardCheckCharacter(first17);
}

export function demoMembers(now: number, pii: PersonalDataCipher): MemberDoc[] {
  const random = seededRandom(20261122);
  const used = new Set<string>();
  const uniqueName = (): string => {
    for (;;) {
      const name = pick([...SURNAMES], random) + pick(GIVEN_NAMES, random);
      if (!used.has(name)) {
        used.add(name);
        return name;
      }
    }
  };
  const member = (index: number, unitId: string, role: Role, position: string | null, stage: Stage): MemberDoc => {
    const yearsIn = 1 + Math.floor(random() * 30);
    const stageSince = now - Math.floor((stage === 'full' ? yearsIn * 365 : 30 + random() * 300) * DAY);
    const birthYear = 1950 + Math.floor(random() * 50);
    const birthDate = `${birthYear}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`;
    const phone = `13${String(900000000 + index * 7919).slice(-9)}`;
    const { set } = protectPersonalData(pii, { idCard: fictitiousIdCard(random, birthDate), phone });
    return {
      _id: `m-${String(index).padStart(3, '0')}`,
      name: uniqueName(),
      gender: random() < 0.5 ? 'male' : 'female',
      ethnicity: random() < 0.9 ? '汉族' : '回族',
      birthDate,
      education: pick(EDUCATION_LEVELS, random),
      idCard: null,
      phone: null,
      ...set,
      unitId,
      unitPath: unitPathOf(unitId),
      role,
      position,
      stage,
      stageSince,
      stageHistory: [{ stage, at: stageSince, recordedBy: null }],
      joinedAt: stage === 'full' || stage === 'probationary' ? stageSince - (stage === 'full' ? 365 * DAY : 0) : null,
      status: 'normal',
      trainings: [],
      demo: true,
      createdAt: now,
      updatedAt: now,
    };
  };

  const members: MemberDoc[] = [
    member(1, 'u-committee', 'super_admin', '党委书记', 'full'),
    member(2, 'u-committee', 'org_admin', '党委委员', 'full'),
  ];
  BRANCH_IDS.forEach((branchId) => members.push(member(members.length + 1, branchId, 'branch_admin', '书记', 'full')));
  const otherStages = STAGES.filter((stage) => stage !== 'full');
  while (members.length < 60) {
    const branchId = BRANCH_IDS[members.length % BRANCH_IDS.length] as string;
    const stage: Stage = random() < 0.7 ? 'full' : pick(otherStages, random);
    const position = stage === 'full' && random() < 0.15 ? pick(BRANCH_POSITIONS, random) : null;
    members.push(member(members.length + 1, branchId, 'member', position, stage));
  }
  return members;
}

/** Seeds the demo organisation into an empty store; a store that has members is left as it is. */
export async function seedDemoOrganisation(
  store: DocStore,
  pii: PersonalDataCipher,
  now: number,
): Promise<{ seeded: boolean; members: number }> {
  await ensureAllCollections(store);
  const repo = membersRepository(store);
  if ((await store.collection('members').count({})) > 0) return { seeded: false, members: 0 };
  for (const unit of DEMO_UNITS) await repo.insertUnit(unit);
  const members = demoMembers(now, pii);
  for (const member of members) await repo.insertMember(member);
  // The members were written without events: build the console's per-unit figures from them.
  await backfillDemoAggregates(store, pii, now);
  return { seeded: true, members: members.length };
}
