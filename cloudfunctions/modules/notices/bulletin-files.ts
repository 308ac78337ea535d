import { AppError } from '../../kernel/app-error';
import type { CallContext } from '../../kernel/context';
import { DOCUMENT_TYPES, IMAGE_TYPES } from '../../platform/files';

const MAX_ATTACHMENT_BYTES = 1024 * 1024;
const ATTACHMENT_TYPES: Record<string, string> = { ...DOCUMENT_TYPES, ...IMAGE_TYPES };

/** Stores a notice attachment through the files port; the notice keeps only its id. */
export async function uploadAttachment(ctx: CallContext, name: string, base64: string) {
  const contentType = ATTACHMENT_TYPES[name.split('.').pop()?.toLowerCase() ?? ''];
  if (!contentType)
    throw new AppError('VALIDATION_FAILED', '只能上传 PDF、Word、Excel 文件或 jpg、png 图片。', {
      name: '文件类型不支持',
    });
  const content = Buffer.from(base64, 'base64');
  if (content.length === 0 || content.length > MAX_ATTACHMENT_BYTES)
    throw new AppError('PAYLOAD_TOO_LARGE', '文件太大，请压缩到 1 MB 以内，或拆成几个附件。');
  const fileId = await ctx.platform.files.put(name, content, contentType);
  return { fileId, url: await ctx.platform.files.urlOf(fileId) };
}
