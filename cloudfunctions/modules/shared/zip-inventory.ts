import { inflateRawSync } from 'node:zlib';

/**
 * What an uploaded zip (an XLSX) holds, read from its central directory and checked before any library
 * unpacks it: a few hundred kilobytes can inflate to gigabytes. Every entry is inflated here once, with
 * zlib stopping at the size the directory declares, so a directory that lies is caught too; the library
 * that loads the file afterwards reads the same bytes and so inflates no more than was checked.
 */
export interface ZipLimits {
  maxEntries: number;
  maxEntryBytes: number;
  maxTotalBytes: number;
}

export type ZipProblem = 'not_a_zip' | 'too_many_entries' | 'entry_too_large' | 'too_large';

export class ZipInventoryError extends Error {
  constructor(readonly problem: ZipProblem) {
    super(problem);
  }
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;
/** Zip64 marks sizes and offsets it moved elsewhere with all ones; no spreadsheet we accept needs zip64. */
const ZIP64_MARK = 0xffffffff;

function endOfDirectory(zip: Buffer): number {
  // The record is 22 bytes plus a comment of at most 65,535 bytes, at the very end.
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 0xffff); at -= 1)
    if (zip.readUInt32LE(at) === END_OF_DIRECTORY) return at;
  throw new ZipInventoryError('not_a_zip');
}

/** The unpacked content of every entry, by name, each within the limits. */
export function unpackZip(zip: Buffer, limits: ZipLimits): Map<string, Buffer> {
  if (zip.length < 22) throw new ZipInventoryError('not_a_zip');
  const end = endOfDirectory(zip);
  const count = zip.readUInt16LE(end + 10);
  if (count > limits.maxEntries) throw new ZipInventoryError('too_many_entries');
  let at = zip.readUInt32LE(end + 16);
  const entries = new Map<string, Buffer>();
  let total = 0;
  for (let i = 0; i < count; i += 1) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== DIRECTORY_ENTRY) throw new ZipInventoryError('not_a_zip');
    const method = zip.readUInt16LE(at + 10);
    const packed = zip.readUInt32LE(at + 20);
    const size = zip.readUInt32LE(at + 24);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    at += 46 + nameLength + extraLength + commentLength;

    if (size === ZIP64_MARK || packed === ZIP64_MARK || local === ZIP64_MARK) throw new ZipInventoryError('too_large');
    if (size > limits.maxEntryBytes) throw new ZipInventoryError('entry_too_large');
    total += size;
    if (total > limits.maxTotalBytes) throw new ZipInventoryError('too_large');
    if (local + 30 > zip.length || zip.readUInt32LE(local) !== LOCAL_HEADER) throw new ZipInventoryError('not_a_zip');
    const dataStart = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    if (dataStart + packed > zip.length) throw new ZipInventoryError('not_a_zip');
    const data = zip.subarray(dataStart, dataStart + packed);
    entries.set(name, unpackEntry(method, data, size));
  }
  return entries;
}

function unpackEntry(method: number, data: Buffer, declaredSize: number): Buffer {
  if (method === STORED) {
    if (data.length !== declaredSize) throw new ZipInventoryError('not_a_zip');
    return data;
  }
  if (method !== DEFLATED) throw new ZipInventoryError('not_a_zip');
  let content: Buffer;
  try {
    // One byte more than declared, so an entry that inflates past its declared size is seen to.
    content = inflateRawSync(data, { maxOutputLength: declaredSize + 1 });
  } catch (error) {
    throw new ZipInventoryError(
      (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' ? 'too_large' : 'not_a_zip',
    );
  }
  if (content.length !== declaredSize)
    throw new ZipInventoryError(content.length > declaredSize ? 'too_large' : 'not_a_zip');
  return content;
}
