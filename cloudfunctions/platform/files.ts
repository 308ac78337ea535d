import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import path from 'node:path';

/**
 * Where uploaded files (meeting photos, study images and media) live: WeChat cloud storage in production, a folder under DATA_DIR
 * on the HTTP host. The store keeps only the file id; a URL to show it is asked for when needed.
 */
export interface FilesPort {
  put(name: string, content: Buffer, contentType: string): Promise<string>;
  urlOf(fileId: string): Promise<string | null>;
  /**
   * Removes stored files. A file already gone counts as removed, so calling it again is harmless; a file the
   * storage could not remove makes it throw, naming it (callers log that and carry on).
   */
  delete(fileIds: string[]): Promise<void>;
}

export const IMAGE_TYPES: Record<string, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
};

/** Study media: short audio and video small enough to pass through a function call. */
export const MEDIA_TYPES: Record<string, string> = {
  mp3: 'audio/mpeg',
  m4a: 'audio/mp4',
  mp4: 'video/mp4',
};

/** Notice attachments, opened with the platform's document viewer. */
export const DOCUMENT_TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xls: 'application/vnd.ms-excel',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export const FILE_TYPES: Record<string, string> = { ...IMAGE_TYPES, ...MEDIA_TYPES };

/** Every type the local host serves back. */
const SERVED_TYPES: Record<string, string> = { ...FILE_TYPES, ...DOCUMENT_TYPES };

/** A file id the local and S3 adapters hand out: a random name and an extension, never a path. */
export const LOCAL_FILE_ID = /^[\w-]+\.\w+$/;

/** Local adapter: files under `dir`, served by the host at `/files/<id>`. */
export function localFiles(
  dir: string,
): FilesPort & { read(fileId: string): Promise<{ content: Buffer; contentType: string } | null> } {
  return {
    async put(name, content) {
      const ext = path.extname(name).slice(1).toLowerCase();
      const fileId = `${randomBytes(12).toString('base64url')}.${ext}`;
      await mkdir(dir, { recursive: true });
      await writeFile(path.join(dir, fileId), content);
      return fileId;
    },
    async urlOf(fileId) {
      return LOCAL_FILE_ID.test(fileId) ? `/files/${fileId}` : null;
    },
    async delete(fileIds) {
      // An id that is not one of ours names no file here; `force` makes a missing file a no-op.
      for (const fileId of fileIds.filter((id) => LOCAL_FILE_ID.test(id)))
        await rm(path.join(dir, fileId), { force: true });
    },
    async read(fileId) {
      if (!LOCAL_FILE_ID.test(fileId)) return null;
      const contentType = SERVED_TYPES[fileId.split('.').pop() ?? ''];
      if (!contentType) return null;
      try {
        return { content: await readFile(path.join(dir, fileId)), contentType };
      } catch {
        return null;
      }
    },
  };
}

/** `cloud.deleteFile` takes at most this many file ids a call. */
const WX_DELETE_BATCH = 50;
/** What cloud storage answers for a file that is not there (already deleted): done, as far as we are concerned. */
const WX_ALREADY_GONE = /not ?exist|NONEXIST/i;

export interface WxFilesCloud {
  uploadFile(args: { cloudPath: string; fileContent: Buffer }): Promise<{ fileID: string }>;
  getTempFileURL(args: { fileList: string[] }): Promise<{ fileList: Array<{ tempFileURL?: string }> }>;
  deleteFile(args: {
    fileList: string[];
  }): Promise<{ fileList: Array<{ fileID: string; status: number; errMsg?: string }> }>;
}

/** WeChat adapter: cloud storage through `cloud.uploadFile`, `cloud.getTempFileURL` and `cloud.deleteFile`. */
export function wxFiles(cloud: WxFilesCloud): FilesPort {
  return {
    async put(name, content) {
      const ext = path.extname(name).slice(1).toLowerCase();
      const { fileID } = await cloud.uploadFile({
        cloudPath: `uploads/${randomBytes(12).toString('hex')}.${ext}`,
        fileContent: content,
      });
      return fileID;
    },
    async urlOf(fileId) {
      const { fileList } = await cloud.getTempFileURL({ fileList: [fileId] });
      return fileList[0]?.tempFileURL ?? null;
    },
    async delete(fileIds) {
      const failed: string[] = [];
      for (let start = 0; start < fileIds.length; start += WX_DELETE_BATCH) {
        const { fileList } = await cloud.deleteFile({ fileList: fileIds.slice(start, start + WX_DELETE_BATCH) });
        for (const file of fileList)
          if (file.status !== 0 && !WX_ALREADY_GONE.test(file.errMsg ?? ''))
            failed.push(`${file.fileID}: ${file.errMsg ?? file.status}`);
      }
      if (failed.length) throw new Error(`deleteFile failed for ${failed.join('; ')}`);
    },
  };
}
