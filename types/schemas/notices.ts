import * as z from 'zod';
import { EpochMs, Id, PageInput } from './common';

/**
 * 通知公告: notices an admin publishes to their subtree, chosen units or named members, with read receipts.
 * The body is HTML from the block editor; the server sanitises it like study content.
 */
export const NOTICE_AUDIENCE_KINDS = ['subtree', 'units', 'members'] as const;
export const NOTICE_ATTACHMENT_KINDS = ['pdf', 'doc', 'xls', 'image'] as const;
export const RECEIPT_FILTERS = ['all', 'unread', 'read', 'confirmed'] as const;

export const NoticeAudience = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('subtree') }),
  z.strictObject({
    kind: z.literal('units'),
    unitIds: z.array(Id).min(1, '请至少选择一个组织单位').max(50, '一次最多选择 50 个单位'),
  }),
  z.strictObject({
    kind: z.literal('members'),
    memberIds: z.array(Id).min(1, '请至少选择一名党员').max(500, '一次最多选择 500 名党员'),
  }),
]);
export type NoticeAudience = z.infer<typeof NoticeAudience>;

export const NoticeAttachment = z.strictObject({
  /** A file stored with `admin.noticeUpload`. */
  fileId: z.string().min(1).max(300),
  name: z.string().trim().min(1).max(80, '附件名称不超过 80 个字'),
  kind: z.enum(NOTICE_ATTACHMENT_KINDS),
});
export type NoticeAttachment = z.infer<typeof NoticeAttachment>;

/** What an admin writes; the audience is fixed when the notice is published. */
const NoticeFields = {
  title: z.string().trim().min(2, '标题至少 2 个字').max(60, '标题不超过 60 个字'),
  body: z.string().trim().min(1, '请填写正文').max(200_000, '正文太长，请精简或改为附件'),
  attachments: z.array(NoticeAttachment).max(9, '最多 9 个附件').default([]),
  mustRead: z.boolean().default(false),
  /** By when a must-read notice should be confirmed; null = no deadline. */
  deadline: EpochMs.nullable().default(null),
  /** After this the notice leaves the members' list; null = never. */
  expiresAt: EpochMs.nullable().default(null),
  pinned: z.boolean().default(false),
};

const deadlineNeedsMustRead = (v: { mustRead: boolean; deadline: number | null }) => v.mustRead || v.deadline === null;
const DEADLINE_RULE = { message: '只有必读通知才需要设置确认期限', path: ['deadline'] };

export const NoticePublishInput = z
  .strictObject({ unitId: Id, audience: NoticeAudience, ...NoticeFields })
  .refine(deadlineNeedsMustRead, DEADLINE_RULE);
export const NoticeEditInput = z
  .strictObject({ noticeId: Id, ...NoticeFields })
  .refine(deadlineNeedsMustRead, DEADLINE_RULE);

export const NoticeIdInput = z.strictObject({ noticeId: Id });
export const NoticePinInput = z.strictObject({ noticeId: Id, pinned: z.boolean() });
export const NoticeListInput = z.strictObject({ ...PageInput });
export const AdminNoticeListInput = z.strictObject({ unitId: Id, ...PageInput });
export const NoticeReceiptsInput = z.strictObject({
  noticeId: Id,
  filter: z.enum(RECEIPT_FILTERS).default('all'),
  ...PageInput,
});
/** `round` is the reminder round the admin saw as next: the same round twice sends nothing twice. */
export const NoticeRemindInput = z.strictObject({ noticeId: Id, round: z.number().int().min(1).max(1000) });
export const NoticeUploadInput = z.strictObject({
  unitId: Id,
  name: z
    .string()
    .trim()
    .max(80, '文件名不超过 80 个字')
    .regex(/\.(pdf|docx?|xlsx?|jpe?g|png)$/i, '只能上传 PDF、Word、Excel 或 jpg、png 图片'),
  /** base64 of the file; 1 MB at most (a call carries no more). */
  content: z.string().min(1).max(1_400_000, '文件太大，请压缩到 1 MB 以内'),
});

export const NoticeCard = z.object({
  noticeId: Id,
  title: z.string(),
  unitName: z.string(),
  publishedAt: EpochMs,
  pinned: z.boolean(),
  mustRead: z.boolean(),
  deadline: EpochMs.nullable(),
  read: z.boolean(),
  confirmed: z.boolean(),
  edited: z.boolean(),
  attachmentCount: z.number().int(),
});
export type NoticeCard = z.infer<typeof NoticeCard>;

export const NoticeListOutput = z.object({
  items: z.array(NoticeCard),
  total: z.number().int(),
  unread: z.number().int(),
});

export const NoticeDetail = NoticeCard.extend({
  body: z.string(),
  attachments: z.array(NoticeAttachment.extend({ url: z.string().nullable() })),
  expiresAt: EpochMs.nullable(),
  editedAt: EpochMs.nullable(),
  /** False for an admin reading a notice they manage but are not an addressee of. */
  addressee: z.boolean(),
  withdrawn: z.boolean(),
});
export type NoticeDetail = z.infer<typeof NoticeDetail>;

export const AdminNoticeCard = NoticeCard.omit({ read: true, confirmed: true }).extend({
  /** The publishing unit (attachments of an edit are stored under it). */
  unitId: Id,
  audienceCount: z.number().int(),
  readCount: z.number().int(),
  confirmedCount: z.number().int(),
  withdrawn: z.boolean(),
  expiresAt: EpochMs.nullable(),
});
export type AdminNoticeCard = z.infer<typeof AdminNoticeCard>;
export const AdminNoticeListOutput = z.object({ items: z.array(AdminNoticeCard), total: z.number().int() });

export const UnitReceipts = z.object({
  unitId: Id,
  unitName: z.string(),
  audience: z.number().int(),
  read: z.number().int(),
  confirmed: z.number().int(),
});
export const MemberReceipt = z.object({
  memberId: Id,
  name: z.string(),
  unitName: z.string(),
  readAt: EpochMs.nullable(),
  confirmedAt: EpochMs.nullable(),
  remindedRound: z.number().int(),
});
export type MemberReceipt = z.infer<typeof MemberReceipt>;

export const NoticeReceiptsOutput = z.object({
  notice: AdminNoticeCard,
  units: z.array(UnitReceipts),
  members: z.array(MemberReceipt),
  total: z.number().int(),
  /** The next reminder round: send it with `admin.noticeRemind`. */
  nextRound: z.number().int(),
});
export type NoticeReceiptsOutput = z.infer<typeof NoticeReceiptsOutput>;

export const NoticeRemindOutput = z.object({ round: z.number().int(), sent: z.number().int() });
export const NoticeUploadOutput = z.object({ fileId: z.string(), url: z.string().nullable() });
