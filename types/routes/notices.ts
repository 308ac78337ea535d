/** The notices module's routes: admins publish 通知公告 with read receipts; members read and confirm them. */
import * as z from 'zod';
import { Id } from '../schemas/common';
import {
  AdminNoticeListInput,
  AdminNoticeListOutput,
  NoticeDetail,
  NoticeEditInput,
  NoticeIdInput,
  NoticeListInput,
  NoticeListOutput,
  NoticePinInput,
  NoticePublishInput,
  NoticeReceiptsInput,
  NoticeReceiptsOutput,
  NoticeRemindInput,
  NoticeRemindOutput,
  NoticeUploadInput,
  NoticeUploadOutput,
} from '../schemas/notices';
import { FileOutput } from '../schemas/roster';
import { route } from '../route-def';

const NoticeRef = z.object({ noticeId: Id });

export const noticeApiRoutes = {
  'notice.list': route({
    input: NoticeListInput,
    output: NoticeListOutput,
    access: { role: 'member' },
    writes: false,
    summary: 'Notices addressed to me that have not expired: unread first, then pinned, newest first.',
  }),
  'notice.detail': route({
    input: NoticeIdInput,
    output: NoticeDetail,
    access: { role: 'member', audience: 'notice' },
    writes: true,
    summary: 'One notice; opening it records my read receipt once.',
  }),
  'notice.confirm': route({
    input: NoticeIdInput,
    output: NoticeDetail,
    access: { role: 'member', audience: 'notice', audienceOnly: true },
    writes: true,
    summary: 'Confirms a must-read notice (已阅); confirming again changes nothing.',
  }),
};

export const noticeAdminRoutes = {
  'admin.noticePublish': route({
    input: NoticePublishInput,
    output: NoticeRef,
    access: { role: 'branch_admin', scope: 'unit' },
    writes: true,
    summary: 'Publishes a notice from a unit to its subtree, chosen units or named members inside it.',
  }),
  'admin.noticeEdit': route({
    input: NoticeEditInput,
    output: NoticeRef,
    access: { role: 'branch_admin', scope: 'notice' },
    writes: true,
    summary: 'Changes a published notice; members see it marked as edited.',
  }),
  'admin.noticeUnpublish': route({
    input: NoticeIdInput,
    output: NoticeRef,
    access: { role: 'branch_admin', scope: 'notice' },
    writes: true,
    summary: 'Withdraws a notice: members no longer see it; its receipts stay.',
  }),
  'admin.noticePin': route({
    input: NoticePinInput,
    output: NoticeRef,
    access: { role: 'branch_admin', scope: 'notice' },
    writes: true,
    summary: 'Pins a notice to the top of its members’ lists, or unpins it.',
  }),
  'admin.noticeList': route({
    input: AdminNoticeListInput,
    output: AdminNoticeListOutput,
    access: { role: 'branch_admin', scope: 'unit' },
    writes: false,
    summary: 'Notices published in a unit’s subtree, newest first, with read and confirm counts.',
  }),
  'admin.noticeReceipts': route({
    input: NoticeReceiptsInput,
    output: NoticeReceiptsOutput,
    access: { role: 'branch_admin', scope: 'notice' },
    writes: false,
    summary: 'Read receipts of a notice per unit, and its addressees (paged) by read state.',
  }),
  'admin.noticeRemind': route({
    input: NoticeRemindInput,
    output: NoticeRemindOutput,
    access: { role: 'branch_admin', scope: 'notice' },
    writes: true,
    summary: 'Reminds the addressees who have not read (or not confirmed) a notice, once per member per round.',
  }),
  'admin.noticeExport': route({
    input: NoticeIdInput,
    output: FileOutput,
    access: { role: 'branch_admin', scope: 'notice' },
    writes: false,
    summary: 'The read receipts of a notice as XLSX.',
  }),
  'admin.noticeUpload': route({
    input: NoticeUploadInput,
    output: NoticeUploadOutput,
    access: { role: 'branch_admin', scope: 'unit' },
    writes: true,
    summary: 'Stores a notice attachment (PDF, Word, Excel or image) and answers its file id.',
    maxInputBytes: 1_500_000,
  }),
};
