import type { SuggestionCategory, SuggestionStatus, TaskState } from '../../../types/engage-labels';

/**
 * A suggestion to the writer's branch. `authorKey` (a keyed MAC of the member id) lets the writer list their
 * own; `authorSealed` (the member id encrypted with the server key) lets a reply reach them. Neither is ever
 * returned to an admin; `authorId` and `authorName` are stored only when the writer did not ask for anonymity.
 */
export interface SuggestionDoc {
  _id: string;
  unitId: string;
  unitPath: string[];
  unitName: string;
  category: SuggestionCategory;
  text: string;
  anonymous: boolean;
  authorKey: string;
  authorSealed: string;
  authorId?: string;
  authorName?: string;
  status: SuggestionStatus;
  /** `YYYY-MM` in China time: the month the console counts it in. */
  month: string;
  reply: string | null;
  repliedAt: number | null;
  createdAt: number;
}

/** A task an admin assigned to members of a unit's subtree. */
export interface TaskDoc {
  _id: string;
  unitId: string;
  unitPath: string[];
  unitName: string;
  title: string;
  description: string;
  deadline: number;
  assigned: number;
  createdBy: string;
  createdAt: number;
}

/** One member's copy of a task; its id is `<taskId>_<memberId>`, so a member holds a task once. */
export interface AssignmentDoc {
  _id: string;
  taskId: string;
  memberId: string;
  memberName: string;
  unitId: string;
  unitName: string;
  deadline: number;
  state: TaskState;
  feedback: string | null;
  photoFileId: string | null;
  returnReason: string | null;
  submittedAt: number | null;
  /** The task's unit path while the report waits for review (state `submitted`), else empty or absent. */
  reviewPath?: string[];
}
