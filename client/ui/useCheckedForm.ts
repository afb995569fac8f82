import { useRef, useState, type FormEvent } from 'react';
import type { FieldError } from './exhibitor/contentErrors.ts';

/** A draft checked with the server's schema: the request to send, or what is wrong by field. */
export type DraftCheck<Request, Field extends string> =
  { ok: true; request: Request } | { ok: false; errors: Partial<Record<Field, FieldError>> };

export interface CheckedFormOptions<Draft, Request, Field extends string, Result> {
  initial: Draft | (() => Draft);
  check(draft: Draft): DraftCheck<Request, Field>;
  send(request: Request): Promise<Result>;
  /** Sent: the form starts over from this draft, and the caller hears the result. */
  blank(): Draft;
  onSent(result: Result, draft: Draft): void;
  /** The server turned it down or could not be reached: the sentence shown above the buttons. */
  refusal(error: unknown, draft: Draft): string;
}

/** Moves focus to the first field at fault (the first input of a group), so keyboard users land on it. */
function focusFirstError(form: HTMLFormElement | null) {
  const invalid = form?.querySelector<HTMLElement>('[aria-invalid="true"]');
  const target = invalid?.matches('fieldset') ? invalid.querySelector<HTMLElement>('input') : invalid;
  target?.focus();
}

/**
 * A form whose draft is checked before it is sent: nothing is said about a field until the first
 * attempt, after which the messages follow the typing; a draft at fault is not sent and the first
 * field at fault takes the focus; a refusal stays until the next change or attempt.
 */
export function useCheckedForm<Draft, Request, Field extends string, Result>(
  options: CheckedFormOptions<Draft, Request, Field, Result>,
) {
  const form = useRef<HTMLFormElement>(null);
  const [draft, setDraft] = useState<Draft>(options.initial);
  const [errors, setErrors] = useState<Partial<Record<Field, FieldError>>>({});
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);

  // After a first attempt, the messages follow the typing, so a fixed field clears at once.
  const update = (next: Draft) => {
    setDraft(next);
    setRefusal(null);
    if (tried) {
      const check = options.check(next);
      setErrors(check.ok ? {} : check.errors);
    }
  };
  const patch = (changes: Partial<Draft>) => update({ ...draft, ...changes });

  async function submit(event: FormEvent) {
    event.preventDefault();
    setTried(true);
    const check = options.check(draft);
    if (!check.ok) {
      setErrors(check.errors);
      requestAnimationFrame(() => focusFirstError(form.current));
      return;
    }
    setErrors({});
    setBusy(true);
    setRefusal(null);
    try {
      const result = await options.send(check.request);
      setDraft(options.blank());
      setTried(false);
      options.onSent(result, draft);
    } catch (error) {
      setRefusal(options.refusal(error, draft));
    } finally {
      setBusy(false);
    }
  }

  return { form, draft, errors, busy, refusal, update, patch, submit };
}
