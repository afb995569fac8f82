import type { z } from 'zod';
import { BOOTH_KINDS, BoothContent, BoothKind, WebUrl, type BoothLink } from './booths.ts';
import type { Catalogue } from './catalogue.ts';
import { COUNTRY_IDS, CountryId } from './countries.ts';
import { freeBoothId, sameNameKey } from './eventSetup.ts';
import { type ImportRowError, type ImportRowResult, type RawRow, type Translated } from './exhibitorImport.ts';
import { INVITE_LIMITS } from './invites.ts';
import { LANGUAGES, type Lang, type LocalizedText } from './languages.ts';
import { pavilionCapacity } from './world/boothCapacity.ts';

/**
 * An exhibitor list's rows checked against the event as it is: the server and the browser run
 * the same checks, the server's being the ones that count.
 */

/** Text limits of a booth's content, as BoothContent enforces them. */
const TEXT_MAX = { name: 80, tagline: 140, description: 2000 } as const;

/**
 * What a row is checked against: the pavilions with their booths as they are now, and the ids of
 * removed booths, which are never given out again (the server knows them; the browser's preview not).
 */
export type ImportContext = Pick<Catalogue, 'pavilions'> & { retiredBoothIds?: readonly string[] };

function text(cells: Record<string, unknown>, column: string, errors: ImportRowError[]): string {
  const value = cells[column];
  if (value === undefined) return '';
  if (typeof value !== 'string') {
    errors.push({ field: column, code: 'not_text', message: `${column}: expected text` });
    return '';
  }
  return value.trim();
}

function localized(cells: Record<string, unknown>, base: Translated, errors: ImportRowError[]): LocalizedText | null {
  const result: Partial<Record<Lang, string>> = {};
  const en = text(cells, base, errors);
  for (const lang of LANGUAGES) {
    const column = lang === 'en' ? base : `${base}_${lang}`;
    const value = lang === 'en' ? en : text(cells, column, errors);
    if (!value) continue;
    if (value.length > TEXT_MAX[base]) {
      errors.push({
        field: column,
        code: 'too_long',
        message: `${column}: at most ${TEXT_MAX[base]} characters`,
        params: { max: TEXT_MAX[base] },
      });
    }
    result[lang] = value;
  }
  return en ? ({ ...result, en } as LocalizedText) : null;
}

/**
 * What BoothContent refused beyond the row checks (a website whose host makes too long a link
 * label, say), said per column with a code the console translates.
 */
function contentProblems(error: z.ZodError): ImportRowError[] {
  return error.issues.map((issue): ImportRowError => {
    const [part, lang] = issue.path;
    const translated = typeof part === 'string' && part in TEXT_MAX ? (part as Translated) : undefined;
    // The only other parts a row fills are the link made of its website, and nothing else.
    const field = !translated
      ? 'website'
      : typeof lang === 'string' && lang !== 'en'
        ? `${translated}_${lang}`
        : translated;
    const max = issue.code === 'too_big' ? Number(issue.maximum) : translated ? TEXT_MAX[translated] : undefined;
    if (max !== undefined) {
      return { field, code: 'too_long', message: `${field}: at most ${max} characters`, params: { max } };
    }
    return { field, code: 'invalid', message: `${field}: ${issue.message}` };
  });
}

function websiteLink(url: string): BoothLink {
  return { label: new URL(url).hostname.replace(/^www\./, ''), url };
}

/**
 * Checks every row against the rules of a booth and the event: a known pavilion with room left,
 * a known kind, English name and tagline, texts within limits, an http(s) website, and no name
 * already taken (in the event or higher up in the file). Rows that pass get the booth they make.
 */
export function checkImportRows(rows: readonly RawRow[], event: ImportContext): ImportRowResult[] {
  const taken = new Set([
    ...event.pavilions.flatMap((p) => p.booths.map((b) => b.id)),
    ...(event.retiredBoothIds ?? []),
  ]);
  const existingNames = new Set(event.pavilions.flatMap((p) => p.booths.map((b) => sameNameKey(b.content.name.en))));
  const seenNames = new Map<string, number>();
  const room = new Map(event.pavilions.map((p) => [p.id, pavilionCapacity(p.style) - p.booths.length]));

  return rows.map(({ row, cells }): ImportRowResult => {
    const errors: ImportRowError[] = [];
    const pavilionText = text(cells, 'pavilion', errors).toLowerCase();
    const pavilion = CountryId.safeParse(pavilionText);
    if (!pavilionText) errors.push({ field: 'pavilion', code: 'required', message: 'pavilion: required' });
    else if (!pavilion.success || !room.has(pavilion.data)) {
      errors.push({
        field: 'pavilion',
        code: 'unknown_pavilion',
        message: `pavilion: one of ${COUNTRY_IDS.join(', ')}`,
        params: { value: pavilionText.slice(0, 40) },
      });
    }
    const kindText = text(cells, 'kind', errors).toLowerCase() || 'startup';
    const kind = BoothKind.safeParse(kindText);
    if (!kind.success) {
      errors.push({
        field: 'kind',
        code: 'unknown_kind',
        message: `kind: one of ${BOOTH_KINDS.join(', ')}`,
        params: { value: kindText.slice(0, 40) },
      });
    }
    const name = localized(cells, 'name', errors);
    if (!name) errors.push({ field: 'name', code: 'required', message: 'name: required in English' });
    const tagline = localized(cells, 'tagline', errors);
    if (!tagline) errors.push({ field: 'tagline', code: 'required', message: 'tagline: required in English' });
    // A booth's card needs a description; until its exhibitor writes one, the tagline stands in.
    const description = localized(cells, 'description', errors) ?? tagline;
    const website = text(cells, 'website', errors);
    const url = website ? WebUrl.safeParse(website) : undefined;
    if (url && !url.success) errors.push({ field: 'website', code: 'bad_url', message: 'website: an http(s) address' });
    const inviteNote = text(cells, 'invite_note', errors);
    if (inviteNote.length > INVITE_LIMITS.noteLength) {
      const params = { max: INVITE_LIMITS.noteLength };
      errors.push({ field: 'invite_note', code: 'too_long', message: 'invite_note: too long', params });
    }

    const nameKey = name ? sameNameKey(name.en) : '';
    if (nameKey && existingNames.has(nameKey)) {
      errors.push({ field: 'name', code: 'exists', message: 'name: a booth of that name exists already' });
    } else if (nameKey && seenNames.has(nameKey)) {
      const params = { row: seenNames.get(nameKey)! };
      errors.push({ field: 'name', code: 'duplicate_in_file', message: `name: same as row ${params.row}`, params });
    }
    if (nameKey && !seenNames.has(nameKey)) seenNames.set(nameKey, row);

    const label = name?.en ?? '';
    if (errors.length > 0 || !name || !tagline || !description || !pavilion.success || !kind.success) {
      return { row, status: 'error', name: label.slice(0, 80), errors };
    }
    const left = room.get(pavilion.data) ?? 0;
    if (left <= 0) {
      const params = { max: pavilionCapacity(event.pavilions.find((p) => p.id === pavilion.data)!.style) };
      const full: ImportRowError = {
        field: 'pavilion',
        code: 'pavilion_full',
        message: `pavilion: no room for more than ${params.max} booths`,
        params,
      };
      return { row, status: 'error', name: label, errors: [full] };
    }
    const content = BoothContent.safeParse({
      name,
      tagline,
      description,
      team: [],
      links: url?.success ? [websiteLink(url.data)] : [],
      videoUrl: null,
    });
    if (!content.success) return { row, status: 'error', name: label, errors: contentProblems(content.error) };
    room.set(pavilion.data, left - 1);
    const id = freeBoothId(name.en, pavilion.data, taken);
    taken.add(id);
    return {
      row,
      status: 'ok',
      booth: { id, pavilionId: pavilion.data, kind: kind.data, content: content.data, inviteNote },
    };
  });
}
