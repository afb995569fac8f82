import { useEffect, useState } from 'react';
import { useChat } from '../../state/chat.ts';
import { isMuted, type Mute } from '../../state/chatLog.ts';

/** The longest delay setTimeout accepts. */
const MAX_DELAY = 2 ** 31 - 1;

/** The visitor's mute while it holds; a timed mute ends by itself when its time comes. */
export function useMute(): Mute | null {
  const mute = useChat((s) => s.mute);
  const [, setExpired] = useState(0);
  useEffect(() => {
    const until = mute?.until ? Date.parse(mute.until) : NaN;
    const delay = until - Date.now();
    if (!(delay > 0)) return;
    const timer = setTimeout(() => setExpired((n) => n + 1), Math.min(delay + 50, MAX_DELAY));
    return () => clearTimeout(timer);
  }, [mute]);
  return isMuted(mute, Date.now()) ? mute : null;
}
