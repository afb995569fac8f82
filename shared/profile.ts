import { z } from 'zod';

const Line = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `use at most ${max} characters`)
    .refine((s) => !/\p{Cc}/u.test(s), 'control characters are not allowed');

/** Empty means "not given"; anything else must be what the field says it is. */
const Optional = <T extends z.ZodType<string>>(schema: T) => z.union([z.literal(''), schema]);

/**
 * What a person tells others about themselves: the face of their business card, and what
 * finding people searches besides the name. Every field may stay empty.
 */
export const Profile = z.object({
  organisation: Line(120),
  title: Line(120),
  email: Optional(z.string().trim().max(200).pipe(z.email('enter a valid e-mail address'))),
  phone: Optional(
    z
      .string()
      .trim()
      .max(40, 'use at most 40 characters')
      .regex(/^\+?[0-9 ()-]{5,}$/, 'use digits, spaces, brackets and dashes, with an optional leading +'),
  ),
  website: Optional(
    z
      .string()
      .trim()
      .max(300, 'use at most 300 characters')
      .pipe(z.url({ protocol: /^https?$/, error: 'enter an address starting with https:// or http://' })),
  ),
  /** Others may find this person by name or organisation and come to stand next to them. */
  findable: z.boolean(),
});
export type Profile = z.infer<typeof Profile>;

export const EMPTY_PROFILE: Profile = {
  organisation: '',
  title: '',
  email: '',
  phone: '',
  website: '',
  findable: true,
};

/** PATCH /api/profile: the fields to change; the others stay as they are. */
export const ProfilePatch = Profile.partial()
  .strict()
  .refine((p) => Object.keys(p).length > 0, 'name at least one field to change');
export type ProfilePatch = z.infer<typeof ProfilePatch>;

export const ProfileResponse = z.object({ profile: Profile });
export type ProfileResponse = z.infer<typeof ProfileResponse>;
