import type { DocStore } from '../../store/types';

/** An issued 大屏 link. The token is not stored: it is re-derived from these fields and the server key. */
export interface WallLinkDoc {
  _id: string;
  unitId: string;
  unitPath: string[];
  createdAt: number;
  createdBy: string;
  createdByName: string;
  expiresAt: number;
  revokedAt: number | null;
}

export const wallLinks = (store: DocStore) => store.collection<WallLinkDoc>('wall_links');
