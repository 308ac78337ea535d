import { appendAudit } from '../audit/audit';
import { AppError } from '../../kernel/app-error';
import { requireMember, type CallContext } from '../../kernel/context';
import { MEDIA_TYPES } from '../../platform/files';
import { DuplicateKeyError } from '../../store/types';

/**
 * Longer audio and video arrive in pieces through ordinary calls (a cloud function takes a few MB per call),
 * held in the store until the last one: then they become one file in the files port and the pieces go.
 * A piece sent twice is kept once; only the admin who started an upload can add to it.
 */
interface ChunkDoc {
  _id: string;
  uploadId: string;
  index: number;
  total: number;
  createdBy: string;
  content: string;
  createdAt: number;
}

const MAX_MEDIA_BYTES = 60 * 1024 * 1024;

export async function receiveChunk(
  ctx: CallContext,
  input: { uploadId: string; index: number; total: number; name: string; content: string },
) {
  const admin = requireMember(ctx);
  const contentType = MEDIA_TYPES[input.name.split('.').pop()?.toLowerCase() ?? ''];
  if (!contentType)
    throw new AppError('VALIDATION_FAILED', '只能分段上传 mp3、m4a 或 mp4 音视频。', { name: '文件类型不支持' });
  if (input.index >= input.total) throw new AppError('VALIDATION_FAILED', '分段序号超出了总段数。');
  const chunks = ctx.store.collection<ChunkDoc>('upload_chunks');
  const [first] = await chunks.find({ uploadId: input.uploadId }, { limit: 1 });
  if (first && (first.createdBy !== admin._id || first.total !== input.total))
    throw new AppError('CONFLICT', '这个上传编号已被占用，请重新选择文件上传。');
  try {
    await chunks.insert({
      _id: `${input.uploadId}_${input.index}`,
      uploadId: input.uploadId,
      index: input.index,
      total: input.total,
      createdBy: admin._id,
      content: input.content,
      createdAt: ctx.now,
    });
  } catch (error) {
    if (!(error instanceof DuplicateKeyError)) throw error;
  }
  const received = await chunks.count({ uploadId: input.uploadId, index: { $lt: input.total } });
  if (received < input.total) return { received, done: false, fileId: null, url: null };
  // The last piece: whoever claims the upload assembles it, once.
  try {
    await chunks.insert({
      _id: `${input.uploadId}_final`,
      uploadId: `${input.uploadId}-final`,
      index: -1,
      total: 0,
      createdBy: admin._id,
      content: '',
      createdAt: ctx.now,
    });
  } catch (error) {
    if (!(error instanceof DuplicateKeyError)) throw error;
    return { received, done: false, fileId: null, url: null };
  }
  const pieces: ChunkDoc[] = [];
  for (let index = 0; index < input.total; index += 1) {
    const piece = await chunks.get(`${input.uploadId}_${index}`);
    if (!piece) throw new AppError('CONFLICT', '有一段没有收到，请重新上传。');
    pieces.push(piece);
  }
  const content = Buffer.concat(pieces.map((piece) => Buffer.from(piece.content, 'base64')));
  if (content.length > MAX_MEDIA_BYTES)
    throw new AppError('PAYLOAD_TOO_LARGE', '音视频不能超过 60 MB，请压缩后再上传。');
  const fileId = await ctx.platform.files.put(input.name, content, contentType);
  await chunks.removeWhere({ uploadId: input.uploadId }, { multi: true });
  await chunks.removeWhere({ _id: `${input.uploadId}_final` });
  await appendAudit(ctx, {
    action: 'study.upload',
    summary: `上传了学习音视频 ${input.name}（${Math.round(content.length / 1024)} KB）`,
    targetId: fileId,
    targetName: input.name,
    unitPath: admin.unitPath,
  });
  return { received, done: true, fileId, url: await ctx.platform.files.urlOf(fileId) };
}
