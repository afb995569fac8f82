import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ACTIONS, can, type Action } from '../../server/auth/permissions.ts';
import type { SessionUser } from '../../shared/api.ts';
import { ROLES, type Role } from '../../shared/roles.ts';

const OWN = 'astana-hub';
const OTHER = 'it-park-uzbekistan';
const OWN_STAGE = 'kz';
const OTHER_STAGE = 'uz';
const ME = 'u';
const SOMEONE = 'someone-else';

function user(role: Role): SessionUser {
  const boothId = role === 'exhibitor' ? OWN : null;
  return { id: ME, name: 'N', country: 'kz', lang: 'en', role, boothId, scope: role === 'speaker' ? OWN_STAGE : null };
}

/** What the README's table should say for a role and an action, from the module itself. */
function expectedCell(role: Role, action: Action): string {
  const onStage = action.startsWith('stage.');
  // A meeting is one's own when one hosts it: the target is the host's id.
  const onMeeting = action.startsWith('meeting.');
  const [ownTarget, otherTarget] = onStage ? [OWN_STAGE, OTHER_STAGE] : onMeeting ? [ME, SOMEONE] : [OWN, OTHER];
  const own = can(user(role), action, ownTarget);
  const other = can(user(role), action, otherTarget);
  const thing = onStage ? 'stage' : onMeeting ? 'meeting' : 'booth';
  if (own && other) return action.startsWith('booth.') || action === 'stage.present' ? `any ${thing}` : 'yes';
  return own ? `own ${thing}` : 'no';
}

/** The README's role × action table: action name → cells in the order of its header. */
function readmeTable(): { roles: string[]; rows: Map<string, string[]> } {
  const lines = readFileSync('README.md', 'utf8').split('\n');
  const headerAt = lines.findIndex((l) => l.startsWith('| Action |'));
  const roles = lines[headerAt]!.split('|')
    .slice(2, -1)
    .map((c) => c.trim());
  const rows = new Map<string, string[]>();
  for (const line of lines.slice(headerAt + 2)) {
    if (!line.startsWith('|')) break;
    const cells = line
      .split('|')
      .slice(1, -1)
      .map((c) => c.trim());
    const action = /`([a-z.]+)`/.exec(cells[0]!)?.[1];
    if (action) rows.set(action, cells.slice(1));
  }
  return { roles, rows };
}

describe('permissions', () => {
  it('let an exhibitor read and edit their own booth only; organisers any', () => {
    for (const action of ['booth.leads.read', 'booth.analytics.read', 'booth.edit'] as const) {
      expect(can(user('exhibitor'), action, OWN)).toBe(true);
      expect(can(user('exhibitor'), action, OTHER)).toBe(false);
      expect(can(user('exhibitor'), action)).toBe(false);
      expect(can(user('visitor'), action, OWN)).toBe(false);
      expect(can(user('organiser'), action, OTHER)).toBe(true);
    }
  });

  it('keep invitations and moderation to organisers', () => {
    for (const role of ROLES) {
      expect(can(user(role), 'invites.manage')).toBe(role === 'organiser');
      expect(can(user(role), 'moderation.act')).toBe(role === 'organiser');
      expect(can(user(role), 'chat.send')).toBe(true);
    }
  });

  it('are documented in the README exactly as the module decides them', () => {
    const { roles, rows } = readmeTable();
    expect([...roles].sort()).toEqual([...ROLES].sort());
    expect([...rows.keys()].sort()).toEqual(Object.keys(ACTIONS).sort());
    for (const [action, cells] of rows) {
      roles.forEach((role, i) => {
        expect(cells[i], `${role} × ${action}`).toBe(expectedCell(role as Role, action as Action));
      });
    }
  });
});
