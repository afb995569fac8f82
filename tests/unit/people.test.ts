import { describe, expect, it } from 'vitest';
import { listPeople, type Person } from '../../client/ui/people/people.ts';
import { fold } from '../../shared/textSearch.ts';

const person = (key: string, name: string, extra: Partial<Person> = {}): Person => ({
  key,
  id: `user-${key}`,
  name,
  country: 'kz',
  role: 'visitor',
  away: false,
  self: false,
  ...extra,
});

const options = { lang: 'en', alsoKnownAs: (p: Person) => [p.country === 'tr' ? 'Türkiye' : 'Kazakhstan', p.role] };

describe('people list', () => {
  const self = person('self', 'Zeynep', { self: true });
  const others = [
    person('1', 'Ömer', { country: 'tr' }),
    person('2', 'aigerim', { away: true }),
    person('3', 'Bakyt', { role: 'organiser' }),
  ];

  it('puts the visitor first, then everyone by name, with lost connections last', () => {
    expect(listPeople(self, others, '', options).map((p) => p.name)).toEqual(['Zeynep', 'Bakyt', 'Ömer', 'aigerim']);
  });

  it('finds people by any word of their name, country or role, without regard to accents or case', () => {
    expect(listPeople(self, others, 'omer', options).map((p) => p.key)).toEqual(['1']);
    expect(listPeople(self, others, 'turkiye', options).map((p) => p.key)).toEqual(['1']);
    expect(listPeople(self, others, 'organiser kazakh', options).map((p) => p.key)).toEqual(['3']);
    expect(listPeople(self, others, 'nobody', options)).toEqual([]);
  });

  it('folds text by the rules of the interface language', () => {
    expect(fold('İSTANBUL', 'tr')).toBe('istanbul');
    expect(fold('Ärzte', 'en')).toBe('arzte');
    expect(fold('IŞIK', 'tr')).toBe('isik');
  });
});
