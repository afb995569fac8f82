import { useTranslation } from 'react-i18next';
import { LANGUAGE_NAMES } from '../../../shared/languages.ts';
import { ListeningChoice } from '../../../shared/meetingRoom.ts';
import { setListening } from '../../net/meetingCall.ts';
import { listeningLanguages } from '../../net/meetingListening.ts';
import { useMeetingCall } from '../../state/meetingCall.ts';
import { HeadphonesIcon } from './meetingIcons.tsx';

/** "Listen to: Floor / Русский / …": the meeting's languages and any interpreter publishing now. */
export function ListenPicker() {
  const { t } = useTranslation();
  const choice = useMeetingCall((s) => s.listening);
  const meetingLanguages = useMeetingCall((s) => s.meeting?.languages);
  const interpreted = useMeetingCall((s) => s.interpreted);
  const languages = listeningLanguages(meetingLanguages ?? [], interpreted);
  if (languages.length === 0) return null;
  const waiting = choice !== 'floor' && !interpreted.includes(choice);
  return (
    <label className="mtg-listen" data-waiting={waiting}>
      <HeadphonesIcon />
      <span className="mtg-listen-label">{t('meeting.listenTo')}</span>
      <select
        value={choice}
        onChange={(event) => {
          const next = ListeningChoice.safeParse(event.target.value);
          if (next.success) setListening(next.data);
        }}
        title={waiting ? t('meeting.interpreterNotYet') : undefined}
      >
        <option value="floor">{t('meeting.floorChannel')}</option>
        {languages.map((lang) => (
          <option key={lang} value={lang}>
            {LANGUAGE_NAMES[lang]}
          </option>
        ))}
      </select>
    </label>
  );
}
