import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it, expect } from 'vitest';

/**
 * A static scan of the client source: every translation key the code names must exist in en.json,
 * so a typo or a deleted key fails here instead of showing the raw key to a visitor. A key is any
 * quoted string that starts with a top-level namespace of en.json and a dot (`t('chat.send')`,
 * `i18nKey="meeting.signedOut"`, `{ key: 'errors.banned' }`) and must be a key or a group of keys; a template key such as
 * `` t(`roles.${role}`) `` must at least have a static prefix some key starts with.
 */

const CLIENT = new URL('../../client/', import.meta.url).pathname;
const english = JSON.parse(readFileSync(join(CLIENT, 'i18n/locales/en.json'), 'utf8')) as Record<string, unknown>;

function flatKeys(value: unknown, prefix = '', out = new Set<string>()): Set<string> {
  for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof child === 'string') out.add(path);
    else flatKeys(child, path, out);
  }
  return out;
}

const keys = flatKeys(english);
/** Plural keys are named by their base (`people.count` for `people.count_one` / `_other`). */
const known = new Set([...keys, ...[...keys].map((key) => key.replace(/_(zero|one|two|few|many|other)$/, ''))]);
/** A group of keys handed to a component that adds the last part itself (`textKeys="organiser.invites"`). */
const isGroup = (name: string) => [...keys].some((key) => key.startsWith(`${name}.`));
const namespaces = Object.keys(english).join('|');
const LITERAL = new RegExp(`(['"])((?:${namespaces})\\.[A-Za-z0-9_.]*[A-Za-z0-9_])\\1`, 'g');
const TEMPLATE = new RegExp(`\`((?:${namespaces})\\.[A-Za-z0-9_.]*)\\$\\{`, 'g');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'locales' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

const files = sourceFiles(CLIENT).map((path) => ({
  path: path.slice(CLIENT.length),
  text: readFileSync(path, 'utf8'),
}));

describe('translation keys used in the client', () => {
  it('finds keys to check (the scan itself works)', () => {
    const count = files.reduce((sum, file) => sum + [...file.text.matchAll(LITERAL)].length, 0);
    expect(count).toBeGreaterThan(500);
  });

  it('names only keys that exist in en.json', () => {
    const missing = files.flatMap(({ path, text }) =>
      [...text.matchAll(LITERAL)]
        .map((m) => m[2]!)
        .filter((key) => !known.has(key) && !isGroup(key))
        .map((key) => `${path}: ${key}`),
    );
    expect(missing).toEqual([]);
  });

  it('gives every count a plural key, so "1 person" and "5 people" both read right', () => {
    const COUNTED = /\bt\(\s*(['"])([\w.]+)\1\s*,\s*\{[^}]*\bcount\b/g;
    const counted = files.flatMap(({ path, text }) => [...text.matchAll(COUNTED)].map((m) => ({ path, key: m[2]! })));
    expect(counted.length).toBeGreaterThan(10);
    const singular = counted.filter(({ key }) => !keys.has(`${key}_one`) || !keys.has(`${key}_other`));
    expect(singular.map(({ path, key }) => `${path}: ${key}`)).toEqual([]);
  });

  it('builds template keys only from prefixes some key starts with', () => {
    const orphans = files.flatMap(({ path, text }) =>
      [...text.matchAll(TEMPLATE)]
        .map((m) => m[1]!)
        .filter((prefix) => ![...keys].some((key) => key.startsWith(prefix)))
        .map((prefix) => `${path}: ${prefix}…`),
    );
    expect(orphans).toEqual([]);
  });
});
