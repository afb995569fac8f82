import type { TFunction } from 'i18next';
import type { z } from 'zod';

/** Translation keys for the fields the shared schema refuses. */
const FIELD_ERRORS: Record<string, string> = {
  name: 'booth.leadNameRequired',
  email: 'booth.leadEmailInvalid',
  consent: 'booth.leadConsentRequired',
};

/** What is wrong with each refused field of the card, in the interface language; never the schema's English. */
export function leadFieldProblems(t: TFunction, issues: readonly z.core.$ZodIssue[]): Record<string, string> {
  const problems: Record<string, string> = {};
  for (const issue of issues) {
    const field = String(issue.path[0]);
    problems[field] = t(FIELD_ERRORS[field] ?? 'errors.refusal.invalid');
  }
  return problems;
}
