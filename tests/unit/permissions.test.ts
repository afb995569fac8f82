import { describe, expect, it } from 'vitest';
import { can } from '../../server/auth/permissions.ts';
import type { SessionUser } from '../../shared/api.ts';

const base = { id: 'u', name: 'N', country: 'kz', lang: 'en' } as const;
const visitor: SessionUser = { ...base, role: 'visitor', boothId: null };
const staff: SessionUser = { ...base, role: 'exhibitor', boothId: 'astana-hub' };
const organiser: SessionUser = { ...base, role: 'organiser', boothId: null };

describe('permissions', () => {
  it('let anyone signed in leave a card', () => {
    expect(can(visitor, 'lead.create', 'astana-hub')).toBe(true);
  });

  it('let an exhibitor read and edit their own booth only; organisers any', () => {
    for (const action of ['booth.leads.read', 'booth.analytics.read', 'booth.edit'] as const) {
      expect(can(staff, action, 'astana-hub')).toBe(true);
      expect(can(staff, action, 'it-park-uzbekistan')).toBe(false);
      expect(can(staff, action)).toBe(false);
      expect(can(visitor, action, 'astana-hub')).toBe(false);
      expect(can(organiser, action, 'it-park-uzbekistan')).toBe(true);
    }
  });
});
