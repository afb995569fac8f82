import type { ReactNode } from 'react';

/** Line icons for the stage panel; decorative, every button carries its own words. */

/** The stroke-drawn frame every line icon shares. */
export function Icon({ children }: { children: ReactNode }) {
  return (
    <svg className="line-icon stage-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      {children}
    </svg>
  );
}

export function MicIcon({ off = false }: { off?: boolean }) {
  return (
    <Icon>
      <rect x="9" y="3" width="6" height="11" rx="3" />
      <path d="M5.5 11a6.5 6.5 0 0 0 13 0M12 17.5V21" />
      {off && <path d="M4 4l16 16" />}
    </Icon>
  );
}

export function CameraIcon({ off = false }: { off?: boolean }) {
  return (
    <Icon>
      <rect x="3" y="6.5" width="12.5" height="11" rx="2" />
      <path d="M15.5 10.5l5-3v9l-5-3z" />
      {off && <path d="M3 4l17 17" />}
    </Icon>
  );
}

export function ScreenIcon() {
  return (
    <Icon>
      <rect x="3" y="4" width="18" height="12.5" rx="1.8" />
      <path d="M12 13V7.5M9.5 10l2.5-2.5 2.5 2.5M8 20h8" />
    </Icon>
  );
}

export function HandIcon() {
  return (
    <Icon>
      <path d="M8 12.5V5.8a1.4 1.4 0 0 1 2.8 0V11M10.8 10.5V4.4a1.4 1.4 0 0 1 2.8 0v6.1M13.6 10.6V5.6a1.4 1.4 0 0 1 2.8 0v6.9" />
      <path d="M16.4 9.2a1.4 1.4 0 0 1 2.8 0v4.6c0 3.9-2.8 7-6.6 7-2.6 0-4.2-1.2-5.6-3.3L4.8 14a1.5 1.5 0 0 1 2.4-1.7L8 13.3" />
    </Icon>
  );
}

export function FullscreenIcon({ exit = false }: { exit?: boolean }) {
  return (
    <Icon>
      {exit ? <path d="M9 4v5H4M15 4v5h5M9 20v-5H4M15 20v-5h5" /> : <path d="M4 9V4h5M20 9V4h-5M4 15v5h5M20 15v5h-5" />}
    </Icon>
  );
}

export function SpeakerIcon() {
  return (
    <Icon>
      <path d="M4 9.5h3.5L12 5.5v13l-4.5-4H4z" />
      <path d="M15.5 9a4 4 0 0 1 0 6M18 6.5a7.5 7.5 0 0 1 0 11" />
    </Icon>
  );
}

export function StopIcon() {
  return (
    <Icon>
      <rect x="6" y="6" width="12" height="12" rx="2" />
    </Icon>
  );
}
