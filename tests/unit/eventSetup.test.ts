import i18next from 'i18next';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rowProblemText } from '../../client/ui/organiser/setup/importProblems.ts';
import { CatalogueSeed, type Catalogue } from '../../shared/catalogue.ts';
import { LANGUAGES } from '../../shared/languages.ts';
import { detectDelimiter, parseCsv, toCsv } from '../../shared/csv.ts';
import { freeBoothId, slugify } from '../../shared/eventSetup.ts';
import { IMPORT_LIMITS, type RawRow } from '../../shared/exhibitorImport.ts';
import { readImportText } from '../../shared/exhibitorImportReader.ts';
import { checkImportRows } from '../../shared/exhibitorImportRows.ts';
import { boothCapacity, BOOTH_GAP, leastGap, pavilionCapacity } from '../../shared/world/boothCapacity.ts';
import { placeBooths } from '../../shared/world/booths.ts';
import { planRoute } from '../../shared/world/route.ts';
import { FOOTPRINTS, placePavilions } from '../../shared/world/layout.ts';
import { PAVILION_STYLES } from '../../shared/catalogue.ts';
import { ExpoWorld } from '../../shared/world/world.ts';

const seed = CatalogueSeed.parse(JSON.parse(readFileSync('assets/catalogue.json', 'utf8')));
const catalogue: Catalogue = {
  event: seed.event,
  pavilions: seed.pavilions.map((p) => ({
    ...p,
    booths: p.booths.map((b) => ({ ...b, pavilionId: p.id, logoUrl: null, brochureUrl: null })),
  })),
};

describe('reading CSV', () => {
  it('reads quoted commas, doubled quotes and line breaks inside quotes', () => {
    const text = 'name,tagline\r\n"Astana, Hub","Say ""hi""\nthen go"\r\nplain,x\r\n';
    expect(parseCsv(text)).toEqual({
      ok: true,
      records: [
        ['name', 'tagline'],
        ['Astana, Hub', 'Say "hi"\nthen go'],
        ['plain', 'x'],
      ],
    });
  });

  it('drops a byte-order mark, takes LF or CRLF, keeps empty fields and skips blank lines', () => {
    expect(parseCsv('\uFEFFa,b\n1,\n\n,2')).toEqual({
      ok: true,
      records: [
        ['a', 'b'],
        ['1', ''],
        ['', '2'],
      ],
    });
    expect(parseCsv('')).toEqual({ ok: true, records: [] });
  });

  it('reads back what the CSV writer writes, letters of every language included', () => {
    const rows = [['Ташкент, "IT Park"', 'Qazaqstan\r\nAstana', 'Öz']];
    const parsed = parseCsv(toCsv(['a', 'b', 'c'], rows));
    expect(parsed).toEqual({ ok: true, records: [['a', 'b', 'c'], ...rows] });
  });

  it('takes semicolons or tabs when the first line is separated by them', () => {
    expect(detectDelimiter('pavilion;name;tagline\nkz;A, B;x')).toBe(';');
    expect(detectDelimiter('pavilion\tname\nkz\tA')).toBe('\t');
    expect(detectDelimiter('pavilion,name\nkz;x;y;z')).toBe(',');
    expect(parseCsv('a;b\n"x;y";z', ';')).toEqual({
      ok: true,
      records: [
        ['a', 'b'],
        ['x;y', 'z'],
      ],
    });
    const pasted = readImportText('csv', 'pavilion\tname\ttagline\r\nkz\tSteppe, Robotics\tFarms');
    expect(pasted.ok && pasted.rows[0]!.cells).toEqual({ pavilion: 'kz', name: 'Steppe, Robotics', tagline: 'Farms' });
  });

  it('refuses an unclosed quote and a quote in the middle of a field, naming the line', () => {
    expect(parseCsv('a,b\n"open,x\ny')).toEqual({ ok: false, problem: 'unclosed_quote', line: 2 });
    expect(parseCsv('a,b\nx,ab"c"')).toEqual({ ok: false, problem: 'stray_quote', line: 2 });
    expect(parseCsv('a\n"closed"after')).toEqual({ ok: false, problem: 'stray_quote', line: 2 });
  });
});

describe('booth capacity', () => {
  it('fits the seeded booths in every pavilion, and only a handful more', () => {
    for (const style of PAVILION_STYLES) {
      expect(pavilionCapacity(style)).toBeGreaterThanOrEqual(6);
      expect(pavilionCapacity(style)).toBeLessThanOrEqual(14);
    }
  });

  it('spaces a full pavilion with the gap between neighbours, and one more would break it', () => {
    const placements = placePavilions(catalogue);
    for (const p of placements) {
      const max = boothCapacity(p);
      const frontGap = (n: number) =>
        leastGap(
          placeBooths(
            p,
            Array.from({ length: n }, (_, i) => `b${i}`),
          ),
        );
      expect(frontGap(max)).toBeGreaterThanOrEqual(BOOTH_GAP - 1e-6);
      expect(frontGap(max + 1)).toBeLessThan(BOOTH_GAP);
    }
  });

  it('keeps every stand of a full pavilion inside its walls and reachable', () => {
    const full = {
      pavilions: catalogue.pavilions.map((p) => ({
        ...p,
        booths: Array.from({ length: boothCapacity(FOOTPRINTS[p.style]) }, (_, i) => ({ id: `${p.id}-${i}` })),
      })),
    };
    const world = new ExpoWorld(full);
    for (const b of world.booths) {
      expect(world.zoneOf(b.center.x, b.center.z)).toEqual({ kind: 'pavilion', id: b.pavilionId });
      expect(world.isBlocked(b.front.x, b.front.z)).toBe(false);
      const door = world.pavilion(b.pavilionId as 'kz')!.door;
      expect(Math.hypot(b.center.x - door.x, b.center.z - door.z)).toBeGreaterThan(4);
      expect(planRoute(world, world.entranceOf(b.pavilionId as 'kz'), b.front).length).toBeGreaterThan(0);
    }
  });
});

describe('booth ids', () => {
  it('come from the name, accents dropped, and are never taken twice', () => {
    expect(slugify('Türk Telekom İnovasyon')).toBe('turk-telekom-inovasyon');
    expect(slugify('Ağıllı Şəhər!')).toBe('agilli-sahar');
    expect(slugify('Қазақ')).toBe('');
    expect(freeBoothId('Astana Hub', 'kz', new Set(['astana-hub', 'astana-hub-2']))).toBe('astana-hub-3');
    expect(freeBoothId('Қазақ', 'kz', new Set())).toBe('kz-booth');
  });
});

function rows(csv: string): RawRow[] {
  const read = readImportText('csv', csv);
  if (!read.ok) throw new Error(JSON.stringify(read.errors));
  return read.rows;
}

describe('checking an exhibitor list', () => {
  it('makes a booth of a good row, texts in other languages and the website included', () => {
    const [result] = checkImportRows(
      rows(
        'pavilion,name,kind,tagline,website,name_ru,tagline_tr,invite_note\n' +
          'kz,Steppe Robotics,startup,Robots for farms,https://steppe.example/,Степь Роботикс,Çiftlik robotları,Aida\n',
      ),
      catalogue,
    );
    expect(result).toEqual({
      row: 2,
      status: 'ok',
      booth: {
        id: 'steppe-robotics',
        pavilionId: 'kz',
        kind: 'startup',
        inviteNote: 'Aida',
        content: {
          name: { en: 'Steppe Robotics', ru: 'Степь Роботикс' },
          tagline: { en: 'Robots for farms', tr: 'Çiftlik robotları' },
          description: { en: 'Robots for farms', tr: 'Çiftlik robotları' },
          team: [],
          links: [{ label: 'steppe.example', url: 'https://steppe.example/' }],
          videoUrl: null,
        },
      },
    });
  });

  it('names each field at fault with a code, row by row', () => {
    const results = checkImportRows(
      rows(
        'pavilion,name,kind,tagline,website\n' +
          'xx,Good Name,startup,Fine,\n' +
          'kz,,robot,Fine,javascript:alert(1)\n' +
          `kz,Long,startup,${'t'.repeat(141)},\n` +
          'kz,Astana Hub,hub,Exists already,\n' +
          'kz,Twice,startup,First,\n' +
          'kz,twice ,startup,Second,\n',
      ),
      catalogue,
    );
    const codes = results.map((r) => (r.status === 'error' ? r.errors.map((e) => `${e.field}:${e.code}`) : 'ok'));
    expect(codes).toEqual([
      ['pavilion:unknown_pavilion'],
      ['kind:unknown_kind', 'name:required', 'website:bad_url'],
      ['tagline:too_long'],
      ['name:exists'],
      'ok',
      ['name:duplicate_in_file'],
    ]);
    expect(results.map((r) => r.row)).toEqual([2, 3, 4, 5, 6, 7]);
  });

  it('refuses rows that would overflow a pavilion, once it is full', () => {
    const room = pavilionCapacity('yurt') - 6;
    const list = Array.from({ length: room + 2 }, (_, i) => `kg,Booth ${i},startup,Tagline ${i}`).join('\n');
    const results = checkImportRows(rows(`pavilion,name,kind,tagline\n${list}`), catalogue);
    expect(results.filter((r) => r.status === 'ok')).toHaveLength(room);
    expect(results.slice(room).map((r) => (r.status === 'error' ? r.errors[0]!.code : 'ok'))).toEqual([
      'pavilion_full',
      'pavilion_full',
    ]);
  });

  it('refuses a file it cannot read as a whole: columns, size, rows, CSV and JSON', () => {
    const code = (format: 'csv' | 'json', text: string) => {
      const read = readImportText(format, text);
      return read.ok ? 'ok' : read.errors.map((e) => e.code);
    };
    expect(code('csv', 'name,tagline\nX,Y')).toEqual(['missing_column']);
    expect(code('csv', 'pavilion,name,colour\nkz,X,red')).toEqual(['unknown_column']);
    expect(code('csv', 'pavilion,name,name_xx\nkz,X,Y')).toEqual(['unknown_column']);
    expect(code('csv', 'pavilion,name\n')).toEqual(['empty']);
    expect(code('csv', 'pavilion,name\n"kz,X')).toEqual(['bad_csv']);
    expect(code('csv', `pavilion,name\n${'kz,X\n'.repeat(IMPORT_LIMITS.rows + 1)}`)).toEqual(['too_many_rows']);
    expect(code('csv', `pavilion,name\nkz,${'x'.repeat(IMPORT_LIMITS.bytes)}`)).toEqual(['too_large']);
    expect(code('json', '{"pavilion":')).toEqual(['bad_json']);
    expect(code('json', '[1, 2]')).toEqual(['bad_json']);
    expect(code('json', '[{"pavilion":"kz","name":"X"}]')).toBe('ok');
    expect(code('json', '{"exhibitors":[{"Pavilion":"kz","Name":"X"}]}')).toBe('ok');
  });

  it('reads JSON rows like CSV ones, numbering them from 1, and refuses values that are not text', () => {
    const read = readImportText('json', JSON.stringify([{ pavilion: 'uz', name: 'Ipak', tagline: 7 }]));
    if (!read.ok) throw new Error('unreadable');
    const [result] = checkImportRows(read.rows, catalogue);
    expect(result).toMatchObject({ row: 1, status: 'error' });
    expect(result!.status === 'error' && result!.errors.map((e) => e.code)).toEqual(['not_text', 'required']);
  });

  it('says what the booth check refused beyond the row checks with a code, its figures and words in every language', async () => {
    // A host longer than a link label may be: the website passes as an address, the booth's link does not.
    const host = `${'a'.repeat(61)}.example`;
    const [result] = checkImportRows(
      rows(`pavilion,name,tagline,website\nkz,Long Host,Fine,https://${host}/\n`),
      catalogue,
    );
    expect(result).toMatchObject({ status: 'error' });
    const errors = result!.status === 'error' ? result!.errors : [];
    expect(errors).toEqual([
      { field: 'website', code: 'too_long', message: 'website: at most 60 characters', params: { max: 60 } },
    ]);
    const i18n = i18next.createInstance();
    await i18n.init({
      resources: Object.fromEntries(
        LANGUAGES.map((lang) => [
          lang,
          { translation: JSON.parse(readFileSync(`client/i18n/locales/${lang}.json`, 'utf8')) as object },
        ]),
      ),
      lng: 'en',
      fallbackLng: false,
      interpolation: { escapeValue: false },
    });
    for (const lang of LANGUAGES) {
      const text = rowProblemText(i18n.getFixedT(lang), errors[0]!);
      expect(text, lang).toContain('60');
      expect(text, lang).not.toMatch(/{{|setup\.import/);
    }
    const invalid = rowProblemText(i18n.getFixedT('ru'), { field: 'website', code: 'invalid', message: '' });
    expect(invalid).toBe('website: такое значение для стенда не принимается.');
  });
});
