import { crc32, inflateRawSync } from 'node:zlib';

/**
 * One file out of a zip (a .docx), read from the central directory and checked the way a careful unzip
 * checks it: inflated only up to the size the directory declares (a zip bomb that claims 1 KB stops after
 * 1 KB), and refused when the data is longer or shorter than declared or its CRC-32 differs — a truncated
 * or lying entry is never read as if it were the whole file.
 */
export type ZipEntry =
  { ok: true; data: Buffer } | { ok: false; reason: 'not-zip' | 'missing' | 'too-large' | 'damaged' };

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

export function readZipEntry(bytes: Uint8Array, name: string, maxBytes: number): ZipEntry {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end record sits in the last 22 bytes plus a comment of at most 64 KB.
  let end = -1;
  for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 0xffff); i--) {
    if (b.readUInt32LE(i) === EOCD) {
      end = i;
      break;
    }
  }
  if (end < 0) return { ok: false, reason: 'not-zip' };
  const count = b.readUInt16LE(end + 10);
  let at = b.readUInt32LE(end + 16);
  for (let i = 0; i < count; i++) {
    if (at + 46 > b.length || b.readUInt32LE(at) !== CENTRAL) return { ok: false, reason: 'damaged' };
    const nameLength = b.readUInt16LE(at + 28);
    const entryName = b.toString('utf8', at + 46, at + 46 + nameLength);
    if (entryName === name) return entry(b, at, maxBytes);
    at += 46 + nameLength + b.readUInt16LE(at + 30) + b.readUInt16LE(at + 32);
  }
  return { ok: false, reason: 'missing' };
}

function entry(b: Buffer, central: number, maxBytes: number): ZipEntry {
  const method = b.readUInt16LE(central + 10);
  const crc = b.readUInt32LE(central + 16);
  const compressed = b.readUInt32LE(central + 20);
  const size = b.readUInt32LE(central + 24);
  const local = b.readUInt32LE(central + 42);
  // 0xFFFFFFFF means ZIP64: sizes beyond 4 GB, never a report.
  if (size > maxBytes || compressed === 0xffffffff) return { ok: false, reason: 'too-large' };
  if (local + 30 > b.length || b.readUInt32LE(local) !== LOCAL) return { ok: false, reason: 'damaged' };
  const start = local + 30 + b.readUInt16LE(local + 26) + b.readUInt16LE(local + 28);
  if (start + compressed > b.length) return { ok: false, reason: 'damaged' };
  const raw = b.subarray(start, start + compressed);
  let data: Buffer;
  try {
    // One byte of room: output that reaches it is longer than declared.
    data = method === 0 ? raw : method === 8 ? inflateRawSync(raw, { maxOutputLength: size + 1 }) : Buffer.alloc(0);
  } catch {
    // A stream longer than declared (ERR_BUFFER_TOO_LARGE) or not deflate at all.
    return { ok: false, reason: 'damaged' };
  }
  if ((method !== 0 && method !== 8) || data.length !== size || crc32(data) !== crc)
    return { ok: false, reason: 'damaged' };
  return { ok: true, data };
}
