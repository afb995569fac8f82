import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Meeting } from '../../../shared/meetings.ts';
import { useSession } from '../../state/session.ts';
import { DashboardShell } from '../exhibitor/DashboardShell.tsx';
import { ExhibitorHeader } from '../exhibitor/ExhibitorHeader.tsx';
import { ToLanding } from '../ToLanding.tsx';
import { useCatalogue } from '../useCatalogue.ts';
import { BookingSection } from './BookingSection.tsx';
import { MeetingsSync } from './MeetingsSync.tsx';
import { MyMeetings } from './MyMeetings.tsx';
import '../exhibitor/exhibitor.css';
import '../organiser/organiser.css';
import './meetings.css';

/** Takes the visitor to a part of the page and puts the keyboard there. */
function goTo(selector: string, focus?: string) {
  requestAnimationFrame(() => {
    document.querySelector(selector)?.scrollIntoView({ behavior: 'smooth', block: 'start' });
    if (focus) document.querySelector<HTMLElement>(focus)?.focus({ preventScroll: true });
  });
}

/** The agenda and, for delegates and organisers, the booking form. */
function Meetings({ userId, mayBook }: { userId: string; mayBook: boolean }) {
  const { t } = useTranslation();
  // Country names come from the catalogue; the page works without it meanwhile.
  useCatalogue();
  const [saved, setSaved] = useState<Meeting | null>(null);
  const sections = [
    { id: 'my-meetings', label: t('meetings.list.title') },
    ...(mayBook ? [{ id: 'book', label: t('meetings.form.heading') }] : []),
  ];
  const done = (meeting: Meeting) => {
    setSaved(meeting);
    goTo(`[data-meeting="${CSS.escape(meeting.id)}"]`);
  };
  return (
    <DashboardShell
      documentTitle={t('meetings.title')}
      className="exhibitor meetings"
      header={<ExhibitorHeader title={t('meetings.heading')} area={t('meetings.title')} />}
      sectionsLabel={t('meetings.nav.sections')}
      sections={sections}
    >
      <MeetingsSync poll />
      {saved && (
        <p className="notice success mtg-saved" role="status">
          {t('meetings.form.saved', { title: saved.title })}
        </p>
      )}
      <MyMeetings
        userId={userId}
        onBook={mayBook ? () => goTo('#book', '#mtg-title') : null}
        onEdit={() => {
          setSaved(null);
          goTo('#book', '#mtg-title');
        }}
      />
      {mayBook && <BookingSection selfId={userId} onDone={done} />}
    </DashboardShell>
  );
}

/** /meetings: the visitor's side meetings; delegates and organisers also book them here. */
export function MeetingsPage() {
  const user = useSession((s) => s.session?.user);
  if (!user) return <ToLanding noticeKey="meetings.access.signedOut" />;
  return <Meetings userId={user.id} mayBook={user.role === 'delegate' || user.role === 'organiser'} />;
}
