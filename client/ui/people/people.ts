import type { CountryId } from '../../../shared/countries.ts';
import type { Role } from '../../../shared/roles.ts';
import { matchesWords, queryWords } from '../../../shared/textSearch.ts';

/** Someone in the room as the people list shows them; `key` is their room session, `id` their user id. */
export interface Person {
  key: string;
  id: string;
  name: string;
  country: CountryId;
  role: Role;
  away: boolean;
  self: boolean;
}

export interface ListOptions {
  lang: string;
  /** Words a person can also be found by besides their name: their country, their role. */
  alsoKnownAs(person: Person): string[];
}

/**
 * The people list: the visitor first, then everyone else by name in the interface language,
 * those whose connection is away last; filtered by every word of the query.
 */
export function listPeople(self: Person | null, others: readonly Person[], query: string, options: ListOptions) {
  const collator = new Intl.Collator(options.lang, { sensitivity: 'base' });
  const sorted = [...others].sort((a, b) => Number(a.away) - Number(b.away) || collator.compare(a.name, b.name));
  const everyone = self ? [self, ...sorted] : sorted;
  const words = queryWords(query, options.lang);
  if (!words.length) return everyone;
  return everyone.filter((person) => matchesWords(words, [person.name, ...options.alsoKnownAs(person)], options.lang));
}
