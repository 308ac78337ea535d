import type { FunctionHandlers } from '../../kernel/handler-types';
import { exportBulletinReceipts } from './bulletin-export';
import { uploadAttachment } from './bulletin-files';
import { confirmBulletin, listMyBulletins, listUnitBulletins, openBulletin } from './bulletin-reading';
import { bulletinReceipts, remindBulletin } from './bulletin-receipts';
import { editBulletin, pinBulletin, publishBulletin, unpublishBulletin } from './bulletins.service';
import { myNotices } from './inbox.service';

export const noticesApiRoutes = {
  'me.notices': (_input, ctx) => myNotices(ctx),
  'notice.list': (input, ctx) => listMyBulletins(ctx, input.skip, input.limit),
  'notice.detail': (input, ctx) => openBulletin(ctx, input.noticeId),
  'notice.confirm': (input, ctx) => confirmBulletin(ctx, input.noticeId),
} satisfies Partial<FunctionHandlers<'api'>>;

export const noticesAdminRoutes = {
  'admin.noticePublish': (input, ctx) => publishBulletin(ctx, input),
  'admin.noticeEdit': (input, ctx) => editBulletin(ctx, input),
  'admin.noticeUnpublish': (input, ctx) => unpublishBulletin(ctx, input.noticeId),
  'admin.noticePin': (input, ctx) => pinBulletin(ctx, input.noticeId, input.pinned),
  'admin.noticeList': (input, ctx) => listUnitBulletins(ctx, input.unitId, input.skip, input.limit),
  'admin.noticeReceipts': (input, ctx) => bulletinReceipts(ctx, input),
  'admin.noticeRemind': (input, ctx) => remindBulletin(ctx, input.noticeId, input.round),
  'admin.noticeExport': (input, ctx) => exportBulletinReceipts(ctx, input.noticeId),
  'admin.noticeUpload': (input, ctx) => uploadAttachment(ctx, input.name, input.content),
} satisfies Partial<FunctionHandlers<'admin'>>;
