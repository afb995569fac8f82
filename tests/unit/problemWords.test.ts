import i18next from 'i18next';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { leadFieldProblems } from '../../client/ui/booth/leadFieldProblems.ts';
import { sendProblem } from '../../client/ui/chat/sendProblem.ts';
import { questionProblem } from '../../client/ui/stage/questionProblem.ts';
import { LeadRequest } from '../../shared/leads.ts';
import { STAGE_LIMITS } from '../../shared/stage.ts';

/**
 * A chat line, a question or a business card the shared schema refuses reads in the interface
 * language, also for a rule the form has no sentence of its own for: never the schema's English.
 */

const russian = JSON.parse(readFileSync(new URL('../../client/i18n/locales/ru.json', import.meta.url), 'utf8'));
const INVALID = russian.errors.refusal.invalid as string;

beforeAll(async () => {
  await i18next.init({
    resources: { ru: { translation: russian } },
    lng: 'ru',
    fallbackLng: false,
    interpolation: { escapeValue: false },
  });
});

const refused = (code: string) =>
  ({ ok: false, problem: 'invalid', code, message: 'Invalid input: expected string' }) as const;

describe('problems in words', () => {
  it('words a chat line or a question refused for a rule with no sentence of its own', () => {
    expect(sendProblem(i18next.t, refused('invalid_type'))).toBe(INVALID);
    expect(questionProblem(i18next.t, refused('invalid_type'))).toBe(INVALID);
    expect(questionProblem(i18next.t, refused('too_big'))).toBe(
      i18next.t('stage.questions.tooLong', { max: STAGE_LIMITS.questionLength }),
    );
    expect(questionProblem(i18next.t, { ok: true })).toBeNull();
  });

  it('words each refused field of a business card, those without a sentence of their own too', () => {
    const parsed = LeadRequest.safeParse({
      name: '',
      organisation: 'x'.repeat(121),
      email: 'nope',
      message: 'bell \u0007',
      consent: false,
    });
    if (parsed.success) throw new Error('expected the card to be refused');
    const problems = leadFieldProblems(i18next.t, parsed.error.issues);
    expect(problems).toEqual({
      name: russian.booth.leadNameRequired,
      organisation: INVALID,
      email: russian.booth.leadEmailInvalid,
      message: INVALID,
      consent: russian.booth.leadConsentRequired,
    });
  });
});
