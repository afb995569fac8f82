import { create } from 'zustand';

export const PATHS = { landing: '/', event: '/event', exhibitor: '/exhibitor', organiser: '/organiser' } as const;

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
