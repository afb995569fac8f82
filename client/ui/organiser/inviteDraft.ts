import { INVITE_LIMITS, InviteRequest } from '../../../shared/invites.ts';
import type { FieldError } from '../exhibitor/contentErrors.ts';

/** The roles an organiser can hand out, in the order the form offers them. */
export const INVITE_ROLES = ['exhibitor', 'speaker', 'delegate', 'interpreter', 'organiser'] as const;
export type InviteRole = (typeof INVITE_ROLES)[number];

/** The form as typed: every field a string, whatever the role, so switching roles loses nothing. */
export interface InviteDraft {
  role: InviteRole;
  boothId: string;
  stage: string;
  delegation: string;
  lang: string;
  note: string;
  days: string;
  maxUses: string;
  /** Once the organiser has typed a limit, changing the role no longer changes it. */
  maxUsesTouched: boolean;
}

/** An organiser link is single-use unless asked otherwise; other links are unlimited. */
export function defaultMaxUses(role: InviteRole): string {
  return role === 'organiser' ? '1' : '';
}

export const NEW_DRAFT: InviteDraft = {
  role: 'exhibitor',
  boothId: '',
  stage: '',
  delegation: '',
  lang: '',
  note: '',
  days: '30',
  maxUses: defaultMaxUses('exhibitor'),
  maxUsesTouched: false,
};

export function withRole(draft: InviteDraft, role: InviteRole): InviteDraft {
  return { ...draft, role, maxUses: draft.maxUsesTouched ? draft.maxUses : defaultMaxUses(role) };
}

export type InviteField = 'scope' | 'note' | 'days' | 'maxUses';
export type InviteErrors = Partial<Record<InviteField, FieldError>>;

function grantOf(draft: InviteDraft): unknown {
  switch (draft.role) {
    case 'exhibitor':
      return { role: 'exhibitor', boothId: draft.boothId };
    case 'speaker':
      return { role: 'speaker', stage: draft.stage };
    case 'delegate':
      return { role: 'delegate', delegation: draft.delegation };
    case 'interpreter':
      return { role: 'interpreter', lang: draft.lang };
    case 'organiser':
      return { role: 'organiser' };
  }
}

/** A whole number as typed; anything else (including nothing) becomes NaN, which the schema refuses. */
function numberOf(text: string): number {
  const trimmed = text.trim();
  return /^\d+$/.test(trimmed) ? Number(trimmed) : NaN;
}

function toRequest(draft: InviteDraft): unknown {
  const limited = draft.maxUses.trim() !== '';
  return {
    grant: grantOf(draft),
    note: draft.note,
    days: numberOf(draft.days),
    ...(limited ? { maxUses: numberOf(draft.maxUses) } : {}),
  };
}

const MESSAGES: Record<InviteField, (draft: InviteDraft) => FieldError> = {
  scope: (draft) => ({ key: `organiser.validation.scope_${draft.role}`, langs: [] }),
  note: () => ({ key: 'exhibitor.validation.tooLong', values: { max: INVITE_LIMITS.noteLength }, langs: [] }),
  days: () => ({ key: 'organiser.validation.days', values: { max: INVITE_LIMITS.maxDays }, langs: [] }),
  maxUses: () => ({ key: 'organiser.validation.maxUses', values: { max: INVITE_LIMITS.maxUses }, langs: [] }),
};

function fieldOf(path: readonly PropertyKey[]): InviteField {
  const head = path[0];
  if (head === 'note' || head === 'days' || head === 'maxUses') return head;
  return 'scope';
}

export type DraftCheck = { ok: true; request: InviteRequest } | { ok: false; errors: InviteErrors };

/** Checks the form with the schema the server uses, so only a request it will accept is sent. */
export function checkDraft(draft: InviteDraft): DraftCheck {
  const result = InviteRequest.safeParse(toRequest(draft));
  if (result.success) return { ok: true, request: result.data };
  const errors: InviteErrors = {};
  for (const issue of result.error.issues) {
    const field = fieldOf(issue.path);
    errors[field] ??= MESSAGES[field](draft);
  }
  return { ok: false, errors };
}
