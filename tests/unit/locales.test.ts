import { readdirSync, readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';

/**
 * Consistency checks for the i18next resource files in client/i18n/locales.
 *
 * English (en.json) is the source. Every other locale must have the same nested keys, where a
 * plural key `x_one` / `x_other` in English stands for "x in every plural category the target
 * language uses" (i18next picks the suffix from Intl.PluralRules, so e.g. Russian needs
 * `x_one`, `x_few`, `x_many` and `x_other`, and no `x_two` or `x_zero`).
 */

const LOCALES_DIR = new URL('../../client/i18n/locales/', import.meta.url);
const SOURCE = 'en';
const LOCALES = ['en', 'ru', 'tr', 'kk', 'az', 'uz', 'ky', 'tk', 'hu'] as const;
const TRANSLATIONS = LOCALES.filter((code) => code !== SOURCE);

/** The suffixes i18next uses for plural forms (the CLDR plural categories). */
const PLURAL_SUFFIXES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;

/**
 * Keys (dotted paths, as in en.json, plural keys by their base name) whose translation may be
 * identical to the English text. Intentionally empty: every string, including short labels,
 * is translated. If a string ever truly has to stay identical (e.g. a brand or a key name that
 * makes up the whole value), add it here as `'<locale>:<key>'` with a comment saying why.
 */
const ALLOWED_IDENTICAL: ReadonlySet<string> = new Set<string>([]);

type Flat = Map<string, string>;

function readLocale(code: string): unknown {
  return JSON.parse(readFileSync(new URL(`${code}.json`, LOCALES_DIR), 'utf8')) as unknown;
}

/** Flattens nested objects into dotted keys; any non-string leaf is a test failure. */
function flatten(value: unknown, prefix = '', out: Flat = new Map()): Flat {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new Error(`Expected an object at "${prefix || '<root>'}"`);
  }
  for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof child === 'string') out.set(path, child);
    else if (child !== null && typeof child === 'object' && !Array.isArray(child)) flatten(child, path, out);
    else throw new Error(`Expected a string or an object at "${path}", got ${JSON.stringify(child)}`);
  }
  return out;
}

function pluralCategories(code: string): string[] {
  return [...new Intl.PluralRules(code).resolvedOptions().pluralCategories].sort();
}

/** Splits `x_one` into `x` and `one`; returns null for keys without a plural suffix. */
function splitPlural(key: string): { base: string; category: string } | null {
  const match = /^(.*)_([a-z]+)$/.exec(key);
  if (!match || !(PLURAL_SUFFIXES as readonly string[]).includes(match[2]!)) return null;
  return { base: match[1]!, category: match[2]! };
}

function placeholders(text: string): Set<string> {
  return new Set([...text.matchAll(/\{\{\s*([^{}]+?)\s*\}\}/g)].map((m) => m[1]!));
}

const english = flatten(readLocale(SOURCE));

/** Base names of English plural keys (`x` for `x_one` / `x_other`). */
const pluralBases = new Set<string>();
for (const key of english.keys()) {
  const split = splitPlural(key);
  if (split && (split.category === 'one' || split.category === 'other')) pluralBases.add(split.base);
}

/** Keys a locale must have, given the plural categories of its language. */
function expectedKeys(code: string): string[] {
  const categories = pluralCategories(code);
  const keys = new Set<string>();
  for (const key of english.keys()) {
    const split = splitPlural(key);
    if (split && pluralBases.has(split.base)) {
      for (const category of categories) keys.add(`${split.base}_${category}`);
    } else {
      keys.add(key);
    }
  }
  return [...keys].sort();
}

/** The English text a translated key corresponds to (plural forms map to the same or `_other`). */
function englishFor(key: string): string {
  const exact = english.get(key);
  if (exact !== undefined) return exact;
  const split = splitPlural(key);
  const fallback = split ? english.get(`${split.base}_other`) : undefined;
  if (fallback === undefined) throw new Error(`No English source for "${key}"`);
  return fallback;
}

/** Placeholders used anywhere in the English forms of a key (all plural forms for plurals). */
function englishPlaceholders(key: string): Set<string> {
  const split = splitPlural(key);
  if (!split || !pluralBases.has(split.base)) return placeholders(englishFor(key));
  const all = new Set<string>();
  for (const [enKey, text] of english) {
    if (splitPlural(enKey)?.base === split.base) for (const p of placeholders(text)) all.add(p);
  }
  return all;
}

function identityKey(code: string, key: string): string {
  const split = splitPlural(key);
  return `${code}:${split && pluralBases.has(split.base) ? split.base : key}`;
}

describe('locale files', () => {
  it('contains exactly the expected locales', () => {
    const files = readdirSync(LOCALES_DIR)
      .filter((name) => name.endsWith('.json'))
      .sort();
    expect(files).toEqual(LOCALES.map((code) => `${code}.json`).sort());
  });

  it('English uses exactly the English plural categories and has no empty strings', () => {
    expect([...english.keys()].sort()).toEqual(expectedKeys(SOURCE));
    for (const [key, text] of english) expect(text.trim(), `en: ${key}`).not.toBe('');
  });

  it('has no stale entries in the allow-list of identical strings', () => {
    for (const entry of ALLOWED_IDENTICAL) {
      const [code = '', key = ''] = entry.split(':');
      expect((TRANSLATIONS as readonly string[]).includes(code), entry).toBe(true);
      const known = english.has(key) || pluralBases.has(key);
      expect(known, entry).toBe(true);
    }
  });
});

describe.each(TRANSLATIONS)('locale %s', (code) => {
  const translated = flatten(readLocale(code));
  const keys = [...translated.keys()].sort();

  it('has the same keys as English (with the plural categories of the language)', () => {
    const expected = expectedKeys(code);
    const missing = expected.filter((key) => !translated.has(key));
    const extra = keys.filter((key) => !expected.includes(key));
    expect(missing, `${code}: missing keys`).toEqual([]);
    expect(extra, `${code}: unexpected keys`).toEqual([]);
  });

  it('has no empty values', () => {
    const empty = keys.filter((key) => translated.get(key)!.trim() === '');
    expect(empty, `${code}: empty values`).toEqual([]);
  });

  it('keeps every interpolation placeholder', () => {
    const problems: string[] = [];
    for (const key of keys) {
      if (!english.has(key) && !pluralBases.has(splitPlural(key)?.base ?? '')) continue; // reported as extra
      const text = translated.get(key)!;
      const found = placeholders(text);
      for (const p of placeholders(englishFor(key))) {
        if (!found.has(p)) problems.push(`${key}: missing {{${p}}}`);
      }
      const allowed = englishPlaceholders(key);
      for (const p of found) {
        if (!allowed.has(p)) problems.push(`${key}: unknown {{${p}}}`);
      }
    }
    expect(problems, `${code}: placeholder problems`).toEqual([]);
  });

  it('translates every string (no value identical to English unless allow-listed)', () => {
    const identical = keys.filter((key) => {
      if (!english.has(key) && !pluralBases.has(splitPlural(key)?.base ?? '')) return false;
      return translated.get(key) === englishFor(key) && !ALLOWED_IDENTICAL.has(identityKey(code, key));
    });
    expect(identical, `${code}: untranslated values`).toEqual([]);
  });
});
