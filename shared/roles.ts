import { z } from 'zod';

export const ROLES = ['visitor', 'exhibitor', 'speaker', 'organiser', 'delegate', 'interpreter'] as const;
export const Role = z.enum(ROLES);
export type Role = z.infer<typeof Role>;
