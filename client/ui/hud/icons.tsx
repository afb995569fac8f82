/** Line icons for the HUD buttons; decorative, the buttons carry their own text. */
export function ChatIcon() {
  return (
    <svg className="line-icon hud-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d="M4 5.5A2.5 2.5 0 0 1 6.5 3h11A2.5 2.5 0 0 1 20 5.5v8a2.5 2.5 0 0 1-2.5 2.5H10l-4.5 4v-4A1.5 1.5 0 0 1 4 14.5z" />
      <path d="M8 8.5h8M8 11.5h5" />
    </svg>
  );
}

export function PeopleIcon() {
  return (
    <svg className="line-icon hud-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <circle cx="9" cy="8" r="3.2" />
      <path d="M3.5 19.5c0-3.2 2.5-5.5 5.5-5.5s5.5 2.3 5.5 5.5" />
      <circle cx="16.5" cy="9" r="2.6" />
      <path d="M15.5 14.1c2.9-.4 5 1.6 5 4.6" />
    </svg>
  );
}

export function StageIcon() {
  return (
    <svg className="line-icon hud-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <rect x="3" y="4" width="18" height="11" rx="1.8" />
      <path d="M10 7.6v4.8l4-2.4z" />
      <path d="M8 19.5h8M12 15v4.5" />
    </svg>
  );
}

export function FindIcon() {
  return (
    <svg className="line-icon hud-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <circle cx="10.5" cy="10.5" r="6.5" />
      <path d="M15.3 15.3 20.5 20.5" />
      <circle cx="10.5" cy="8.8" r="2" />
      <path d="M7.2 13.6c.7-1.4 1.9-2.2 3.3-2.2s2.6.8 3.3 2.2" />
    </svg>
  );
}

export function CardsIcon() {
  return (
    <svg className="line-icon hud-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <rect x="3" y="6" width="15" height="10.5" rx="1.8" />
      <path d="M6 3.8h13.2A1.8 1.8 0 0 1 21 5.6v8.2" />
      <circle cx="7.6" cy="10.4" r="1.7" />
      <path d="M5.3 14.2c.4-1.3 1.3-2 2.3-2s1.9.7 2.3 2M12 9.8h3.5M12 12.6h2.5" />
    </svg>
  );
}
