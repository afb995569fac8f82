import { Icon } from '../stage/stageIcons.tsx';

/** Line icons the meeting adds to the stage's; decorative, every button carries its own words. */

export function LeaveIcon() {
  return (
    <Icon>
      <path d="M4.5 14.5c4.6-4.2 10.4-4.2 15 0l-2 2.4-3-1.4v-2.2a12 12 0 0 0-5 0v2.2l-3 1.4z" />
    </Icon>
  );
}

export function LockIcon({ open = false }: { open?: boolean }) {
  return (
    <Icon>
      <rect x="5" y="10.5" width="14" height="10" rx="2" />
      <path d={open ? 'M8.5 10.5V7.5a3.5 3.5 0 0 1 6.8-1.2' : 'M8.5 10.5V7.5a3.5 3.5 0 0 1 7 0v3'} />
    </Icon>
  );
}

export function PeopleIcon() {
  return (
    <Icon>
      <circle cx="9" cy="8.5" r="3.2" />
      <path d="M3.5 19.5c.6-3.4 2.8-5.3 5.5-5.3s4.9 1.9 5.5 5.3" />
      <circle cx="16.5" cy="9.5" r="2.6" />
      <path d="M16 14.3c2.4.1 4 1.7 4.5 4.7" />
    </Icon>
  );
}

export function HeadphonesIcon() {
  return (
    <Icon>
      <path d="M4.5 15.5v-3a7.5 7.5 0 0 1 15 0v3" />
      <rect x="3.5" y="14" width="4" height="6" rx="1.5" />
      <rect x="16.5" y="14" width="4" height="6" rx="1.5" />
    </Icon>
  );
}

export function VerifiedIcon() {
  return (
    <Icon>
      <path d="M12 3l2.3 1.7 2.8-.2.9 2.7 2.3 1.6-.9 2.7.9 2.7-2.3 1.6-.9 2.7-2.8-.2L12 21l-2.3-1.7-2.8.2-.9-2.7-2.3-1.6.9-2.7-.9-2.7 2.3-1.6.9-2.7 2.8.2z" />
      <path d="M8.8 12.2l2.2 2.2 4.2-4.6" />
    </Icon>
  );
}

export function NoRecordIcon() {
  return (
    <Icon>
      <circle cx="12" cy="12" r="8" />
      <circle cx="12" cy="12" r="3" />
      <path d="M5.5 5.5l13 13" />
    </Icon>
  );
}
