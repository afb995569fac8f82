import type { TFunction } from 'i18next';

/**
 * The halls every event starts with (server/db/migrations/005_meetings.ts), under the English
 * names that `meetings.halls.<id>` translates.
 */
const SEEDED_NAMES: ReadonlyMap<string, string> = new Map([
  ['baku', 'Baku'],
  ['astana', 'Astana'],
  ['bishkek', 'Bishkek'],
  ['ankara', 'Ankara'],
  ['tashkent', 'Tashkent'],
]);

/**
 * A hall as the interface names it: a seeded hall that still has its seeded name, in the
 * interface language ("Зал «Баку»"); any other exactly as the organisers named it, so a rename
 * shows everywhere and a new hall is never named after its id.
 */
export function hallLabel(t: TFunction, hall: { id: string; name: string }): string {
  return SEEDED_NAMES.get(hall.id) === hall.name
    ? t(`meetings.halls.${hall.id}`, { defaultValue: hall.name })
    : hall.name;
}
