import type { Gender, MemberStatus, Role, Stage, UnitKind } from '../../../types/labels';

/** A unit of the organisation tree. `path` lists its ancestors' ids from the root down. */
export interface UnitDoc {
  _id: string;
  name: string;
  kind: UnitKind;
  parentId: string | null;
  path: string[];
  archived?: boolean;
}

export interface StageStepDoc {
  stage: Stage;
  at: number;
  recordedBy: string | null;
}

/**
 * A member record. `unitPath` is the member's unit's path plus the unit itself, for subtree queries.
 * `idCard` and `phone` hold ciphertext (see security/personal-data.ts); `idCardHash`/`phoneHash` are keyed
 * hashes for search and uniqueness, absent when the value is.
 */
export interface MemberDoc {
  _id: string;
  name: string;
  /** `pinyinSortKey(name)`: set by the repository and `writeMember`, so lists page in pinyin order. */
  nameKey?: string;
  gender: Gender;
  ethnicity: string | null;
  birthDate: string | null;
  education: string | null;
  idCard: string | null;
  idCardHash?: string;
  phone: string | null;
  phoneHash?: string;
  unitId: string;
  unitPath: string[];
  role: Role;
  /** The unit an admin manages (their own unit when absent). */
  adminUnitId?: string;
  position: string | null;
  stage: Stage;
  stageSince: number;
  stageHistory: StageStepDoc[];
  joinedAt: number | null;
  status: MemberStatus;
  trainings: Array<{ title: string; at: number; hours: number }>;
  /** The bound WeChat identity; absent until the member binds. */
  openid?: string;
  /** Session generation (0 when absent): a session issued at another generation is over (session-generation.ts). */
  sessionGen?: number;
  /** Set when sessions were last ended, cleared by binding: a session signed in before binding is over while set. */
  unboundSessionsEnded?: true;
  /** Seeded demonstration record, offered by the demo login. */
  demo: boolean;
  createdAt: number;
  updatedAt: number;
}

/**
 * An invite code (stored as a keyed hash). A member code binds whoever redeems it, once, to that member;
 * a branch code (`unitId`) lets anyone who has it ask that unit's admins to bind them, until it expires.
 */
export interface InviteDoc {
  _id: string;
  codeHash: string;
  memberId?: string;
  unitId?: string;
  createdBy: string;
  createdAt: number;
  expiresAt: number;
  usedAt?: number;
}

/** A request to be bound by name + phone last 4 + branch, decided by the branch's admins. */
export interface BindingRequestDoc {
  _id: string;
  openid: string;
  name: string;
  phoneLast4: string;
  unitId: string;
  unitPath: string[];
  /** `withdrawn`: taken back by the requester before a decision. */
  status: 'pending' | 'approved' | 'rejected' | 'withdrawn';
  createdAt: number;
  decidedBy?: string;
  decidedAt?: number;
  comment?: string;
}
