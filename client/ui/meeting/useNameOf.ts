import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useMeetingCall } from '../../state/meetingCall.ts';

/** A person's name by user id, from the meeting's attendees and knocks; "Someone" when unknown. */
export function useNameOf(): (userId: string) => string {
  const { t } = useTranslation();
  const attendees = useMeetingCall((s) => s.attendees);
  return useCallback((userId) => attendees.find((a) => a.id === userId)?.name ?? t('meeting.someone'), [attendees, t]);
}
