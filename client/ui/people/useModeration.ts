import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeZodError } from '../../../shared/errors.ts';
import { ModerationRequest, type ModerationRecord } from '../../../shared/moderation.ts';
import { useSlotTime } from '../../i18n/useSlotTime.ts';
import { ApiFailure } from '../../net/apiFailure.ts';
import { moderate } from '../../net/moderation.ts';
import { failureText } from '../../i18n/failureText.ts';
import type { Person } from './people.ts';

export type ModerationStep = Omit<ModerationRequest, 'userId'>;

export type ModerationOutcome = { kind: 'done' | 'failed'; message: string };

/** Carries out an organiser's action on a person and words the result. */
export function useModeration(place: string) {
  const { t } = useTranslation();
  const { at: formatTime } = useSlotTime();
  const [busyWith, setBusyWith] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<ModerationOutcome | null>(null);

  const done = useCallback(
    (record: ModerationRecord, person: Person) => {
      const name = record.userName || person.name;
      switch (record.action) {
        case 'mute':
          return record.until
            ? t('moderation.done.muteUntil', { name, time: formatTime(record.until) })
            : t('moderation.done.muteIndefinite', { name });
        case 'unmute':
          return t('moderation.done.unmute', { name });
        case 'remove':
          return t('moderation.done.remove', { name, place });
        case 'ban':
          return t('moderation.done.ban', { name });
        case 'unban':
          return t('moderation.done.unban', { name });
      }
    },
    [t, formatTime, place],
  );

  const run = useCallback(
    async (person: Person, step: ModerationStep) => {
      setOutcome(null);
      const body = ModerationRequest.safeParse({ ...step, userId: person.id });
      if (!body.success) {
        const failure = new ApiFailure('bad_request', describeZodError(body.error));
        setOutcome({ kind: 'failed', message: failureText(t, failure, 'moderation.refused') });
        return;
      }
      setBusyWith(person.key);
      try {
        setOutcome({ kind: 'done', message: done(await moderate({ ...step, userId: person.id }), person) });
      } catch (error) {
        setOutcome({ kind: 'failed', message: failureText(t, error, 'moderation.refused') });
      } finally {
        setBusyWith(null);
      }
    },
    [t, done],
  );

  return { run, busyWith, outcome, dismiss: useCallback(() => setOutcome(null), []) };
}
