/** An in-app notice (the local stand-in for a subscribe message, and a record of those sent). */
export interface NoticeDoc {
  _id: string;
  memberId: string;
  title: string;
  body: string;
  createdAt: number;
  readAt?: number;
}
