import { z } from 'zod';

/** The member states and observers of the Organization of Turkic States, in protocol order. */
export const COUNTRY_IDS = ['az', 'kz', 'kg', 'tr', 'uz', 'hu', 'tm', 'trnc'] as const;

export const CountryId = z.enum(COUNTRY_IDS);
export type CountryId = z.infer<typeof CountryId>;

export const MEMBER_STATES: readonly CountryId[] = ['az', 'kz', 'kg', 'tr', 'uz'];
export const OBSERVERS: readonly CountryId[] = ['hu', 'tm', 'trnc'];

export function isMemberState(id: CountryId): boolean {
  return MEMBER_STATES.includes(id);
}
