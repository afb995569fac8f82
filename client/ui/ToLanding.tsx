import { useEffect } from 'react';
import { PATHS, useRoute } from '../state/route.ts';
import { useSession } from '../state/session.ts';

/** Sends someone without a session to the front door, which shows `noticeKey` to tell them why. */
export function ToLanding({ noticeKey }: { noticeKey: string }) {
  useEffect(() => {
    useSession.getState().endSession({ key: noticeKey });
    useRoute.getState().navigate(PATHS.landing, { replace: true });
  }, [noticeKey]);
  return null;
}
