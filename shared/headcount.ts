import { z } from 'zod';
import { CountryId } from './countries.ts';

const Count = z.number().int().nonnegative();

/** How many people are on the plaza and in each pavilion now: numbers only, nobody named. */
export const Headcount = z.object({ plaza: Count, pavilions: z.partialRecord(CountryId, Count) });
export type Headcount = z.infer<typeof Headcount>;
