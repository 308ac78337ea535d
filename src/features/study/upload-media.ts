import { call } from '@/lib/api-client';

/**
 * Sends a picked audio or video file in pieces of 1 MB of base64 (a multiple of 4, so each piece decodes on
 * its own), reporting progress; the server joins them into one file and answers with its id.
 */
const PIECE = 1_048_576;

export async function uploadMedia(
  name: string,
  base64: string,
  onProgress: (sent: number, total: number) => void,
): Promise<{ ok: true; fileId: string } | { ok: false; message: string }> {
  const total = Math.ceil(base64.length / PIECE);
  if (total > 60) return { ok: false, message: '音视频不能超过 60 MB，请压缩后再上传。' };
  const uploadId = `up-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
  for (let index = 0; index < total; index += 1) {
    const content = base64.slice(index * PIECE, (index + 1) * PIECE);
    let result = await call('admin.studyUploadChunk', { uploadId, index, total, name, content });
    // One retry per piece: a piece sent twice is kept once.
    if (!result.ok && result.error.code === 'INTERNAL')
      result = await call('admin.studyUploadChunk', { uploadId, index, total, name, content });
    if (!result.ok) return { ok: false, message: result.error.message };
    onProgress(index + 1, total);
    if (result.data.done && result.data.fileId) return { ok: true, fileId: result.data.fileId };
  }
  return { ok: false, message: '上传没有完成，请重试。' };
}
