import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { codePointsOf } from '../fixtures/fontCmap.ts';
import { interfaceCharacters, NAMED_LETTERS } from '../fixtures/interfaceLetters.ts';

/**
 * The fonts bundled with the app draw every letter of the nine languages: the TTFs the 3D labels
 * use (drei <Text> renders glyphs from these files), and the Noto Sans faces the DOM loads from
 * @fontsource (each letter must fall in the unicode-range of some face whose woff2 has its glyph).
 */

const root = new URL('../../', import.meta.url);
const characters = interfaceCharacters();
const missingFrom = (points: Set<number>) => characters.filter((char) => !points.has(char.codePointAt(0)!));

describe('interface characters', () => {
  it('include the letters the issue names and many from the locale files', () => {
    for (const letter of NAMED_LETTERS.replace(/\s/g, '')) expect(characters).toContain(letter);
    expect(characters).toContain('\u02BB');
    expect(characters.length).toBeGreaterThan(150);
  });
});

describe.each(['NotoSans-Regular.ttf', 'NotoSans-Bold.ttf'])('3D text font %s', (file) => {
  it('maps every interface character to a glyph', () => {
    const points = codePointsOf(readFileSync(new URL(`assets/fonts/${file}`, root)));
    expect(missingFrom(points)).toEqual([]);
  });
});

type Face = { file: string; ranges: [number, number][] };

/** The @font-face rules of a fontsource stylesheet: its woff2 file and its unicode-range. */
function faces(css: string): Face[] {
  return [...css.matchAll(/@font-face\s*{([^}]*)}/g)].map(([, body]) => {
    const file = /url\(\.\/files\/([^)]+\.woff2)\)/.exec(body!)![1]!;
    const range = /unicode-range:\s*([^;]+);/.exec(body!)?.[1] ?? 'U+0-10FFFF';
    const ranges = range.split(',').map((part): [number, number] => {
      const [from, to = from] = part.trim().replace(/^U\+/i, '').split('-');
      return [parseInt(from!, 16), parseInt(to!, 16)];
    });
    return { file, ranges };
  });
}

/** The fontsource weights the client imports (client/main.tsx), so a dropped import fails here. */
const imported = [
  ...readFileSync(new URL('client/main.tsx', root), 'utf8').matchAll(/@fontsource\/noto-sans\/(\d+)\.css/g),
].map((m) => m[1]!);

describe('DOM font', () => {
  it('imports the regular, semi-bold and bold weights of Noto Sans', () => {
    expect(imported).toEqual(expect.arrayContaining(['400', '600', '700']));
  });

  describe.each(imported)('Noto Sans %s', (weight) => {
    it('has a face for every interface character whose woff2 draws it', () => {
      const dir = new URL('node_modules/@fontsource/noto-sans/', root);
      const all = faces(readFileSync(new URL(`${weight}.css`, dir), 'utf8'));
      const glyphs = new Map(
        all.map((face) => [face.file, codePointsOf(readFileSync(new URL(`files/${face.file}`, dir)))]),
      );
      const uncovered = characters.filter((char) => {
        const code = char.codePointAt(0)!;
        // Ranges overlap (ı is in the latin and latin-ext faces); the browser tries each face whose range holds it.
        const inRange = all.filter(({ ranges }) => ranges.some(([from, to]) => code >= from && code <= to));
        return !inRange.some((face) => glyphs.get(face.file)!.has(code));
      });
      expect(uncovered).toEqual([]);
    });
  });
});
