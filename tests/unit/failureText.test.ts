import i18next from 'i18next';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { failureText, problemText, refusalText } from '../../client/i18n/failureText.ts';
import { hallLabel } from '../../client/i18n/hallLabel.ts';
import { ApiFailure, failureOf } from '../../client/net/apiFailure.ts';
import { mediaProblem } from '../../client/net/liveKitCommon.ts';
import { ApiError } from '../../shared/errors.ts';
import { LANGUAGES } from '../../shared/languages.ts';
import { Notice } from '../../shared/protocol.ts';
import { REFUSAL_CODES, REFUSAL_PARAMS, refusal, refused, type RefusalCode } from '../../shared/refusals.ts';
import { TourRefused } from '../../shared/tours.ts';

/**
 * Refusals the server sends as codes read as sentences in every interface language: each code
 * has its text from exactly the parameters the server must send with it, a clash names the hall
 * as the interface does and writes its times with Intl, a failed call keeps its reason whole, and
 * a code this client does not know never loses the rest of the error.
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
const SAMPLES: Record<string, string | number> = {
  name: 'Aigerim',
  days: 365,
  at: '2026-12-01T09:45:00.000Z',
  title: 'Silk road logistics',
  invited: 3,
  ...CLASH,
};

/** Exactly the parameters `REFUSAL_PARAMS` makes the server send with `code`, and no others. */
function paramsOf(code: RefusalCode): Record<string, string | number> | undefined {
  const schema = (REFUSAL_PARAMS as Partial<Record<RefusalCode, { shape: Record<string, unknown> }>>)[code];
  return schema && Object.fromEntries(Object.keys(schema.shape).map((key) => [key, SAMPLES[key]!]));
}

describe('refusalText', () => {
  it.each(LANGUAGES)('has a sentence for every refusal code in %s', async (lang) => {
    await i18next.changeLanguage(lang);
    for (const code of REFUSAL_CODES) {
      const params = paramsOf(code);
      const text = refusalText(i18next.t, params ? { code, params } : { code });
      expect(text, `${lang}: ${code}`).not.toContain('errors.refusal');
      expect(text, `${lang}: ${code}`).not.toMatch(/\{\{/);
      // A sentence that names someone names them: the parameter it needs is one the server must send.
      if (params?.name) expect(text, `${lang}: ${code}`).toContain('Aigerim');
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

  it('names a renamed or new hall as the organisers named it, in any language', async () => {
    await i18next.changeLanguage('ru');
    const renamed = { ...CLASH, hall: 'Baku Grand' };
    expect(refusalText(i18next.t, { code: 'hall_booked', params: renamed })).toMatch(/^Baku Grand уже забронирован/);
    const created = { ...CLASH, hallId: 'samarkand-room', hall: 'Samarkand Room' };
    expect(refusalText(i18next.t, { code: 'hall_booked', params: created })).toMatch(/^Samarkand Room уже/);
  });

  it('counts days with the plural forms of the language', async () => {
    await i18next.changeLanguage('ru');
    expect(refusalText(i18next.t, { code: 'start_too_far', params: { days: 365 } })).toContain('365 дней');
    expect(refusalText(i18next.t, { code: 'start_too_far', params: { days: 2 } })).toContain('2 дня');
    await i18next.changeLanguage('en');
    expect(refusalText(i18next.t, { code: 'start_too_far', params: { days: 1 } })).toContain('1 day ahead');
  });

  it("writes when a meeting opens with Intl in the visitor's language", async () => {
    await i18next.changeLanguage('ru');
    const text = refusalText(i18next.t, { code: 'meeting_not_yet_open', params: { at: SAMPLES.at! } });
    expect(text).toMatch(/^Встреча откроется .*дек/);
    expect(text).not.toContain('2026-12-01T');
  });

  it('asks of each code with a sentence to fill exactly the parameters its sentence uses', () => {
    const english = resources.en!.translation.errors.refusal as Record<string, string>;
    // What the client derives from the server's parameters before filling the sentence.
    const derived: Record<string, string[]> = { when: ['from', 'to'], hall: ['hallId', 'hall'], count: ['days'] };
    for (const [key, sentence] of Object.entries(english)) {
      const code = key.replace(/_(one|other)$/, '') as RefusalCode;
      const used = [...sentence.matchAll(/\{\{(\w+)\}\}/g)].flatMap(([, name]) => derived[name!] ?? [name!]);
      expect(Object.keys(paramsOf(code) ?? {}).sort(), code).toEqual(expect.arrayContaining(used));
      if (!used.length) expect(paramsOf(code), code).toBeUndefined();
    }
  });
});

describe('hallLabel', () => {
  it('translates a seeded hall only while it keeps its seeded name; any other reads as named', async () => {
    await i18next.changeLanguage('ru');
    expect(hallLabel(i18next.t, { id: 'baku', name: 'Baku' })).toBe('Зал «Баку»');
    expect(hallLabel(i18next.t, { id: 'baku', name: 'Caspian Room' })).toBe('Caspian Room');
    expect(hallLabel(i18next.t, { id: 'samarkand-room', name: 'Samarkand Room' })).toBe('Samarkand Room');
    // Renamed to what another seeded hall was called, it is still named as written.
    expect(hallLabel(i18next.t, { id: 'astana', name: 'Baku' })).toBe('Baku');
    await i18next.changeLanguage('en');
    expect(hallLabel(i18next.t, { id: 'tashkent', name: 'Tashkent' })).toBe('Tashkent hall');
  });
});

describe('sending a refusal', () => {
  it('cannot leave out what its sentence needs, nor add what it does not (checked by the type checker)', () => {
    // @ts-expect-error guest_busy names the guest
    expect(refusal('guest_busy')).toEqual({ code: 'guest_busy' });
    // @ts-expect-error the opening time is what meeting_not_yet_open is about
    expect(refused('meeting_not_yet_open', 'later').refusal).toEqual({ code: 'meeting_not_yet_open' });
    // @ts-expect-error person_busy needs the clash's times too
    expect(refusal('person_busy', { name: 'Aigerim' }).params).toEqual({ name: 'Aigerim' });
    // @ts-expect-error a code without a sentence to fill takes no parameters
    expect(refusal('invalid', { field: 'title' }).params).toEqual({ field: 'title' });
    expect(refusal('meeting_not_yet_open', { at: SAMPLES.at as string })).toEqual({
      code: 'meeting_not_yet_open',
      params: { at: SAMPLES.at },
    });
  });
});

describe('failureOf', () => {
  it('reads a refused answer into its code, message and refusal, and anything else into a plain failure', async () => {
    const body = { error: { code: 'conflict', message: 'in use', refusal: { code: 'hall_in_use' } } };
    const refusedCall = await failureOf(new Response(JSON.stringify(body), { status: 409 }));
    expect(refusedCall).toBeInstanceOf(ApiFailure);
    expect(refusedCall).toMatchObject({ code: 'conflict', message: 'in use', refusal: { code: 'hall_in_use' } });
    const gateway = await failureOf(new Response('<html>Bad gateway</html>', { status: 502 }));
    expect(gateway).toMatchObject({ code: 'internal', message: 'HTTP 502', refusal: undefined });
  });
});

describe('failureText', () => {
  beforeAll(() => i18next.changeLanguage('en'));
  const clash = new ApiFailure('conflict', 'The Baku hall is already booked', { code: 'hall_booked', params: CLASH });

  it('writes a refusal with parameters whole, never as a framing with nothing after it', () => {
    expect(failureText(i18next.t, clash)).toMatch(/^Baku hall is already booked: .*\d\d:\d\d.*\.$/);
    const early = new ApiFailure('conflict', 'the meeting opens at …', {
      code: 'meeting_not_yet_open',
      params: { at: SAMPLES.at! },
    });
    expect(failureText(i18next.t, early)).toMatch(/^The meeting opens at .*Dec.*\d\d:\d\d/);
  });

  it('frames a refused request, and explains a failure without a reason by its code alone', () => {
    const invalid = new ApiFailure('bad_request', 'title: too long', { code: 'invalid' });
    expect(failureText(i18next.t, invalid)).toBe(
      'Some of the details were not accepted: Something in the request was missing or not in the expected form.',
    );
    expect(failureText(i18next.t, new ApiFailure('conflict', 'x'))).toBe(
      'That time is already taken: The server did not say why.',
    );
    expect(failureText(i18next.t, new ApiFailure('network', 'x'))).toBe(
      'The server could not be reached. Check your connection and try again.',
    );
  });

  it('keeps a media failure as the call that failed, so the meeting and stage notes read it whole', () => {
    const problem = mediaProblem(clash, 'meeting', 'meeting.publishFailed');
    expect(problemText(i18next.t, problem)).toBe(failureText(i18next.t, clash));
    expect(problemText(i18next.t, mediaProblem({ name: 'NotAllowedError' }, 'voice', 'voice.micFailed'))).toBe(
      i18next.t('voice.deviceDenied'),
    );
  });
});

describe('a refusal code this client does not know yet', () => {
  const future = { code: 'some_future_code', params: { x: 1 } };

  it('keeps the error\'s own code, so the visitor reads more than "something went wrong"', () => {
    const parsed = ApiError.safeParse({ error: { code: 'conflict', message: 'taken', refusal: future } });
    expect(parsed.success && parsed.data.error).toEqual({ code: 'conflict', message: 'taken', refusal: undefined });
  });

  it('still delivers the notice or the tour refusal, without the why', () => {
    const notice = Notice.safeParse({ kind: 'message_refused', reason: 'no', refusal: future });
    expect(notice.success && notice.data).toEqual({ kind: 'message_refused', reason: 'no', refusal: undefined });
    const tour = TourRefused.safeParse({ message: 'no', refusal: future });
    expect(tour.success && tour.data).toEqual({ message: 'no', refusal: undefined });
  });
});
