/** What the server accepts for each upload (server/uploads/fileKinds.ts), checked here only for a quick answer. */

export type UploadKind = 'logo' | 'brochure';

const MIB = 1024 * 1024;

export const UPLOAD_RULES: Record<
  UploadKind,
  { maxBytes: number; types: readonly string[]; extensions: readonly string[] }
> = {
  logo: {
    maxBytes: 1 * MIB,
    types: ['image/png', 'image/jpeg', 'image/webp', 'image/svg+xml'],
    extensions: ['.png', '.jpg', '.jpeg', '.webp', '.svg'],
  },
  brochure: { maxBytes: 10 * MIB, types: ['application/pdf'], extensions: ['.pdf'] },
};

/** The `accept` attribute: types and extensions, since some systems report no type for SVG or PDF. */
export function acceptOf(kind: UploadKind): string {
  return [...UPLOAD_RULES[kind].types, ...UPLOAD_RULES[kind].extensions].join(',');
}

export type FileProblem = 'type' | 'size' | 'empty';

export function fileProblem(kind: UploadKind, file: File): FileProblem | null {
  const rules = UPLOAD_RULES[kind];
  const name = file.name.toLowerCase();
  const typeOk = file.type ? rules.types.includes(file.type) : rules.extensions.some((ext) => name.endsWith(ext));
  if (!typeOk) return 'type';
  if (file.size === 0) return 'empty';
  if (file.size > rules.maxBytes) return 'size';
  return null;
}
