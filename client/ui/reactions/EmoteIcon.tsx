import type { Emote } from '../../../shared/reactions.ts';

const SKIN = '#f2c078';
const SKIN_EDGE = '#b9783a';

/** An open palm, fingers up, drawn around the origin (so it can be turned and placed). */
function Palm() {
  return (
    <g fill={SKIN} stroke={SKIN_EDGE} strokeWidth="0.9" strokeLinejoin="round">
      <rect x="-4.6" y="-9.4" width="2.5" height="8" rx="1.25" />
      <rect x="-1.9" y="-10.6" width="2.5" height="9" rx="1.25" />
      <rect x="0.8" y="-10" width="2.5" height="8.6" rx="1.25" />
      <rect x="3.5" y="-8.2" width="2.4" height="7" rx="1.2" />
      <path d="M-5.2-3.2h11.1v4.4c0 3.6-2.5 6.3-5.7 6.3S-5.4 5.2-5.6 1.8l-.9-3.7c-.5-1.9-2.2-2.6-3-2.2-.6.3-.6 1.2-.1 2.2l2.1 4.6" />
    </g>
  );
}

/**
 * The reactions as drawings of their own, so that they look the same on every system (not
 * every computer has a colour emoji font).
 */
export function EmoteIcon({ emote, size = 24 }: { emote: Emote; size?: number }) {
  return (
    <svg className="emote-icon" width={size} height={size} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      {emote === 'wave' && (
        <>
          <g transform="translate(12.5 14) rotate(-18)">
            <Palm />
          </g>
          <path
            d="M18.6 3.2c1.4.8 2.3 2 2.6 3.5M20.2 1.6c1.3.9 2.1 2 2.4 3.3"
            fill="none"
            stroke="#17627a"
            strokeWidth="1.3"
            strokeLinecap="round"
          />
          <path
            d="M3.4 18.6c.4 1.3 1.3 2.3 2.6 2.8"
            fill="none"
            stroke="#17627a"
            strokeWidth="1.3"
            strokeLinecap="round"
          />
        </>
      )}
      {emote === 'applause' && (
        <>
          <g transform="translate(9.2 15.2) rotate(-24) scale(0.86)">
            <Palm />
          </g>
          <g transform="translate(15.4 15.4) rotate(22) scale(0.86)">
            <Palm />
          </g>
          <path
            d="M12 1.4v2.6M7.2 2.8l1.2 2.1M16.8 2.8l-1.2 2.1"
            stroke="#d9a441"
            strokeWidth="1.5"
            strokeLinecap="round"
          />
        </>
      )}
      {emote === 'heart' && (
        <path
          d="M12 21.2 3.6 13a5.2 5.2 0 0 1 7.4-7.4l1 1 1-1a5.2 5.2 0 0 1 7.4 7.4z"
          fill="#e0403a"
          stroke="#a8261f"
          strokeWidth="1"
          strokeLinejoin="round"
        />
      )}
      {emote === 'laugh' && (
        <>
          <circle cx="12" cy="12" r="10" fill="#f7c948" stroke="#c98f12" strokeWidth="1" />
          <path
            d="M6.8 9.6q1.7-1.9 3.4 0M13.8 9.6q1.7-1.9 3.4 0"
            fill="none"
            stroke="#5a3a08"
            strokeWidth="1.5"
            strokeLinecap="round"
          />
          <path d="M6.4 12.8h11.2a5.6 5.6 0 0 1-11.2 0z" fill="#5a3a08" />
          <path d="M8.6 16.4a4.6 4.6 0 0 0 6.8 0 3.8 3.8 0 0 0-6.8 0z" fill="#e0605a" />
        </>
      )}
      {emote === 'thumbsUp' && (
        <>
          <rect x="2.6" y="10.2" width="4.4" height="10.6" rx="1.2" fill="#17627a" />
          <path
            d="M8.4 10.4 12 3.6a2 2 0 0 1 3.7 1.3L14.9 9h4.6a2.1 2.1 0 0 1 2.1 2.5l-1.3 7.3a2.4 2.4 0 0 1-2.4 2H8.4z"
            fill={SKIN}
            stroke={SKIN_EDGE}
            strokeWidth="0.9"
            strokeLinejoin="round"
          />
        </>
      )}
      {emote === 'celebrate' && (
        <>
          <path
            d="M2.6 21.4 7.4 8.2l8.4 8.4z"
            fill="#d9a441"
            stroke="#a0701c"
            strokeWidth="0.9"
            strokeLinejoin="round"
          />
          <path d="M5.2 14.4l4.4 4.4M6.5 10.8l6.7 6.7" stroke="#e0403a" strokeWidth="1.3" />
          <path
            d="M12.4 6.6c1.2-1.6 1-3.2-.4-4.4M16.6 11.4c1.8-.9 3.4-.5 4.6 1"
            fill="none"
            stroke="#17a2b8"
            strokeWidth="1.4"
            strokeLinecap="round"
          />
          <circle cx="17.6" cy="4.4" r="1.3" fill="#e0403a" />
          <circle cx="20.6" cy="8" r="1.1" fill="#2e9d5b" />
          <circle cx="14.6" cy="2.2" r="0.9" fill="#7b4fd6" />
          <rect x="19.4" y="15.6" width="2" height="2" rx="0.4" transform="rotate(24 20.4 16.6)" fill="#d9a441" />
        </>
      )}
    </svg>
  );
}
