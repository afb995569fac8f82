import { create } from 'zustand';

export const PATHS = {
  landing: '/',
  event: '/event',
  exhibitor: '/exhibitor',
  organiser: '/organiser',
  meetings: '/meetings',
} as const;

/** The page of one side meeting: /meeting/<id>. */
export function meetingPath(meetingId: string): string {
  return `/meeting/${encodeURIComponent(meetingId)}`;
}

/** The meeting id in a /meeting/<id> path, or null for any other path. */
export function meetingIdOf(path: string): string | null {
  const match = /^\/meeting\/([0-9a-f-]{36})\/?$/i.exec(path);
  return match ? match[1]!.toLowerCase() : null;
}

interface RouteState {
  path: string;
  navigate(path: string, options?: { replace?: boolean }): void;
}

/** The current path; the only writer of browser history. */
export const useRoute = create<RouteState>((set) => ({
  path: location.pathname,
  navigate: (path, options) => {
    if (path === location.pathname) return;
    if (options?.replace) history.replaceState(null, '', path);
    else history.pushState(null, '', path);
    set({ path });
  },
}));

addEventListener('popstate', () => useRoute.setState({ path: location.pathname }));
