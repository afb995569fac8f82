import i18next from 'i18next';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { refusalText } from '../../client/i18n/refusalText.ts';
import { LANGUAGES } from '../../shared/languages.ts';
import { REFUSAL_CODES } from '../../shared/refusals.ts';

/**
 * Refusals the server sends as codes read as sentences in every interface language: each code
 * has its text, a clash names the hall as the interface does and writes its times with Intl.
 */

const resources = Object.fromEntries(
  LANGUAGES.map((lang) => [
    lang,
    {
      translation: JSON.parse(readFileSync(new URL(`../../client/i18n/locales/${lang}.json`, import.meta.url), 'utf8')),
    },
  ]),
);

beforeAll(async () => {
  await i18next.init({ resources, lng: 'en', fallbackLng: false, interpolation: { escapeValue: false } });
});

const CLASH = { hallId: 'baku', hall: 'Baku', from: '2026-12-01T10:00:00.000Z', to: '2026-12-01T11:00:00.000Z' };

describe('refusalText', () => {
  it.each(LANGUAGES)('has a sentence for every refusal code in %s', async (lang) => {
    await i18next.changeLanguage(lang);
    for (const code of REFUSAL_CODES) {
      const text = refusalText(i18next.t, { code, params: { name: 'Aigerim', days: 365, ...CLASH } });
      expect(text, `${lang}: ${code}`).not.toContain('errors.refusal');
      expect(text, `${lang}: ${code}`).not.toMatch(/\{\{/);
    }
    expect(refusalText(i18next.t, undefined)).toBe(resources[lang]!.translation.errors.refusal.unknown);
  });

  it('names the hall in the interface language and writes the times with Intl, not in UTC English', async () => {
    await i18next.changeLanguage('ru');
    const text = refusalText(i18next.t, { code: 'hall_booked', params: CLASH });
    expect(text).toMatch(/^Зал «Баку» уже забронирован: /);
    expect(text).toContain('дек');
    expect(text).not.toMatch(/UTC on|from \d/);
  });

  it('counts days with the plural forms of the language', async () => {
    await i18next.changeLanguage('ru');
    expect(refusalText(i18next.t, { code: 'start_too_far', params: { days: 365 } })).toContain('365 дней');
    expect(refusalText(i18next.t, { code: 'start_too_far', params: { days: 2 } })).toContain('2 дня');
    await i18next.changeLanguage('en');
    expect(refusalText(i18next.t, { code: 'start_too_far', params: { days: 1 } })).toContain('1 day ahead');
  });
});
