import { z } from 'zod';
import { BoothId } from './booths.ts';
import { CountryId } from './countries.ts';
import { Lang } from './languages.ts';

export const ROLES = ['visitor', 'exhibitor', 'speaker', 'organiser', 'delegate', 'interpreter'] as const;
export const Role = z.enum(ROLES);
export type Role = z.infer<typeof Role>;

/**
 * What an invitation binds a role to. An exhibitor staffs one booth, a speaker pitches on one
 * pavilion's stage, a delegate belongs to one country's delegation, an interpreter works into
 * one language; visitors and organisers are bound to nothing.
 */
export const RoleGrant = z.discriminatedUnion('role', [
  z.object({ role: z.literal('visitor') }),
  z.object({ role: z.literal('organiser') }),
  z.object({ role: z.literal('exhibitor'), boothId: BoothId }),
  z.object({ role: z.literal('speaker'), stage: CountryId }),
  z.object({ role: z.literal('delegate'), delegation: CountryId }),
  z.object({ role: z.literal('interpreter'), lang: Lang }),
]);
export type RoleGrant = z.infer<typeof RoleGrant>;

/** The one value a grant is bound to (booth, stage, delegation or language), as stored with a session. */
export function grantScope(grant: RoleGrant): string | null {
  switch (grant.role) {
    case 'exhibitor':
      return grant.boothId;
    case 'speaker':
      return grant.stage;
    case 'delegate':
      return grant.delegation;
    case 'interpreter':
      return grant.lang;
    default:
      return null;
  }
}
