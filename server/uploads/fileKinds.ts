import { type Document } from '@xmldom/xmldom';
import { declaresEntities, parseSvgDocument, rebuildSafeSvg } from './sanitizeSvg.ts';

/**
 * What booth uploads may be, decided from the bytes themselves (magic numbers), never from a file name or a
 * Content-Type header the client claims. Pure: no I/O.
 */

export type UploadKind = 'logo' | 'brochure';

const MIB = 1024 * 1024;

export const UPLOAD_LIMITS: Record<UploadKind, { maxBytes: number; types: readonly string[] }> = {
  logo: { maxBytes: 1 * MIB, types: ['image/png', 'image/jpeg', 'image/webp', 'image/svg+xml'] },
  brochure: { maxBytes: 10 * MIB, types: ['application/pdf'] },
};

export type CheckedUpload =
  { ok: true; contentType: string; bytes: Uint8Array } | { ok: false; status: 413 | 415 | 400; message: string };

const TYPE_NAMES: Record<string, string> = {
  'image/png': 'PNG',
  'image/jpeg': 'JPEG',
  'image/webp': 'WebP',
  'image/svg+xml': 'SVG',
  'application/pdf': 'PDF',
};

const KIND_WORDS: Record<UploadKind, { name: string; what: string }> = {
  logo: { name: 'logo', what: 'image' },
  brochure: { name: 'brochure', what: 'document' },
};

/** The PDF trailer "%%EOF" must appear within this many bytes of the end (PDF 1.7, 7.5.5 and implementation note). */
const PDF_EOF_WINDOW = 1024;

function startsWith(bytes: Uint8Array, signature: readonly number[], at = 0): boolean {
  if (bytes.length < at + signature.length) return false;
  return signature.every((byte, i) => bytes[at + i] === byte);
}

const ascii = (text: string): number[] => Array.from(text, (c) => c.charCodeAt(0));

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];
const RIFF = ascii('RIFF');
const WEBP = ascii('WEBP');
const PDF = ascii('%PDF-');
const PDF_EOF = ascii('%%EOF');

/** Valid UTF-8 only (a leading BOM is dropped); null for anything else, e.g. binary data or Latin-1 text. */
function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
}

type Sniffed = { type: string; svg?: Document };

function sniff(bytes: Uint8Array): Sniffed | null {
  if (startsWith(bytes, PNG)) return { type: 'image/png' };
  if (startsWith(bytes, JPEG)) return { type: 'image/jpeg' };
  if (startsWith(bytes, RIFF) && startsWith(bytes, WEBP, 8)) return { type: 'image/webp' };
  if (startsWith(bytes, PDF)) return { type: 'application/pdf' };
  const text = decodeUtf8(bytes);
  // An XML document starts (after any BOM and whitespace) with a declaration, comment, doctype or the root element.
  if (text === null || !text.trimStart().startsWith('<')) return null;
  try {
    return { type: 'image/svg+xml', svg: parseSvgDocument(text) };
  } catch {
    return null;
  }
}

/**
 * The content type of `bytes` judged by content: PNG, JPEG, WebP and PDF by their magic numbers, SVG when the bytes
 * are UTF-8 text that parses strictly as XML with an `<svg>` root in the SVG namespace. Null when none of these.
 */
export function detectContentType(bytes: Uint8Array): string | null {
  return sniff(bytes)?.type ?? null;
}

function describeAccepted(kind: UploadKind): string {
  const names = UPLOAD_LIMITS[kind].types.map((type) => TYPE_NAMES[type] ?? type);
  const list = names.length > 1 ? `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}` : (names[0] ?? '');
  const { name, what } = KIND_WORDS[kind];
  return `a ${name} must be a ${list} ${what}`;
}

function formatMb(bytes: number): string {
  const mb = bytes / MIB;
  return `${Number(mb.toFixed(1))} MB`;
}

function hasPdfTrailer(bytes: Uint8Array): boolean {
  const from = Math.max(0, bytes.length - PDF_EOF_WINDOW);
  for (let i = bytes.length - PDF_EOF.length; i >= from; i--) {
    if (startsWith(bytes, PDF_EOF, i)) return true;
  }
  return false;
}

/**
 * Checks an uploaded file for the given kind: not empty (400), within the size limit (413), of an accepted type by
 * content (415), and intact (a PDF must end with its "%%EOF" trailer, 400). SVGs are returned sanitised; any other
 * accepted file is returned unchanged.
 */
export function checkUpload(kind: UploadKind, bytes: Uint8Array): CheckedUpload {
  const { name } = KIND_WORDS[kind];
  const limits = UPLOAD_LIMITS[kind];
  if (bytes.length === 0) return { ok: false, status: 400, message: `the ${name} file is empty` };
  if (bytes.length > limits.maxBytes) {
    return {
      ok: false,
      status: 413,
      message: `a ${name} must be at most ${formatMb(limits.maxBytes)} (this file is ${formatMb(bytes.length)})`,
    };
  }

  const sniffed = sniff(bytes);
  if (!sniffed || !limits.types.includes(sniffed.type)) {
    if (limits.types.includes('image/svg+xml')) {
      const text = decodeUtf8(bytes);
      if (text !== null && declaresEntities(text)) {
        return { ok: false, status: 400, message: 'an SVG must not declare entities (<!ENTITY> in a DOCTYPE)' };
      }
    }
    return { ok: false, status: 415, message: describeAccepted(kind) };
  }

  if (sniffed.type === 'application/pdf' && !hasPdfTrailer(bytes)) {
    return { ok: false, status: 400, message: 'the PDF is truncated or damaged (no "%%EOF" at its end)' };
  }

  if (sniffed.svg) {
    try {
      const safe = rebuildSafeSvg(sniffed.svg);
      return { ok: true, contentType: sniffed.type, bytes: new TextEncoder().encode(safe) };
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return { ok: false, status: 400, message: `the SVG could not be used: ${reason}` };
    }
  }

  return { ok: true, contentType: sniffed.type, bytes };
}
