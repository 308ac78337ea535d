import type { Role, Stage, UnitKind } from '../../../types/labels';

/** A unit of the organisation tree. `path` lists its ancestors' ids from the root down. */
export interface UnitDoc {
  _id: string;
  name: string;
  kind: UnitKind;
  parentId: string | null;
  path: string[];
}

/** A member record. `unitPath` is the member's unit's path plus the unit itself, for subtree queries. */
export interface MemberDoc {
  _id: string;
  name: string;
  gender: 'male' | 'female';
  unitId: string;
  unitPath: string[];
  role: Role;
  position: string | null;
  stage: Stage;
  stageSince: number;
  joinedAt: number | null;
  /** The bound WeChat identity; absent until the member binds. */
  openid?: string;
  /** Seeded demonstration record, offered by the demo login. */
  demo: boolean;
}
