import { useCallback, useEffect, useState } from 'react';
import type { Lead } from '../../../shared/leads.ts';
import { fetchLeads } from '../../net/api.ts';
import { followLeads } from '../../net/leadFeed.ts';
import { isPermanent } from '../../net/apiFailure.ts';

export type LeadsLoad = 'loading' | 'ready' | 'failed';
export type LiveState = 'connecting' | 'live' | 'reconnecting' | 'stopped';

export interface LiveLeads {
  leads: Lead[];
  load: LeadsLoad;
  failure: unknown;
  live: LiveState;
  /** Ids of leads that arrived while the page was open, highlighted for a moment. */
  fresh: ReadonlySet<string>;
  /** The newest lead that arrived live, for a screen-reader announcement. */
  latest: Lead | null;
  retry(): void;
}

const HIGHLIGHT_MS = 8000;
const FIRST_RETRY_MS = 1000;
const MAX_RETRY_MS = 30_000;
/** A stream that stayed up this long was healthy: the next failure starts the backoff again. */
const HEALTHY_MS = 20_000;

function newestFirst(a: Lead, b: Lead): number {
  return Date.parse(b.createdAt) - Date.parse(a.createdAt);
}

/**
 * A booth's leads, newest first, kept current by the live feed. The feed is opened before the list is read so no
 * lead falls between them; after a break both are opened again, with a growing pause between attempts.
 */
export function useLiveLeads(boothId: string): LiveLeads {
  const [leads, setLeads] = useState<Lead[]>([]);
  const [load, setLoad] = useState<LeadsLoad>('loading');
  const [failure, setFailure] = useState<unknown>(null);
  const [live, setLive] = useState<LiveState>('connecting');
  const [fresh, setFresh] = useState<ReadonlySet<string>>(() => new Set());
  const [latest, setLatest] = useState<Lead | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let stopped = false;
    let generation = 0;
    let failures = 0;
    let connectedAt = 0;
    let stopFollowing: (() => void) | null = null;
    let retryTimer: ReturnType<typeof setTimeout> | undefined;
    const timers = new Set<ReturnType<typeof setTimeout>>();
    const known = new Set<string>();
    let listed = false;

    function highlight(ids: string[]) {
      setFresh((current) => new Set([...current, ...ids]));
      const timer = setTimeout(() => {
        timers.delete(timer);
        setFresh((current) => new Set([...current].filter((id) => !ids.includes(id))));
      }, HIGHLIGHT_MS);
      timers.add(timer);
    }

    /** Adds leads not yet shown; those that were not in the first list count as new. */
    function receive(incoming: Lead[], isNew: boolean) {
      const added = incoming.filter((lead) => !known.has(lead.id));
      if (added.length === 0) return;
      for (const lead of added) known.add(lead.id);
      setLeads((current) => {
        // A retry starts with an empty `known` while the old list is still shown.
        const shown = new Set(current.map((l) => l.id));
        return [...current, ...added.filter((l) => !shown.has(l.id))].sort(newestFirst);
      });
      if (isNew) {
        highlight(added.map((l) => l.id));
        setLatest(added.sort(newestFirst)[0]!);
      }
    }

    function scheduleRetry(mine: number) {
      if (stopped || mine !== generation) return;
      generation += 1;
      stopFollowing?.();
      stopFollowing = null;
      if (connectedAt && Date.now() - connectedAt > HEALTHY_MS) failures = 0;
      connectedAt = 0;
      const delay = Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** failures) * (0.8 + Math.random() * 0.4);
      failures += 1;
      setLive('reconnecting');
      retryTimer = setTimeout(connect, delay);
    }

    function connect() {
      if (stopped) return;
      const mine = generation;
      stopFollowing = followLeads(
        boothId,
        (lead) => receive([lead], true),
        () => scheduleRetry(mine),
      );
      fetchLeads(boothId)
        .then((list) => {
          if (stopped) return;
          // The list is shown even if the feed broke meanwhile: each reconnection reads it again anyway.
          receive(list, listed);
          listed = true;
          setLoad('ready');
          setFailure(null);
          if (mine !== generation) return;
          connectedAt = Date.now();
          setLive('live');
        })
        .catch((error: unknown) => {
          if (stopped) return;
          if (!listed) {
            setLoad('failed');
            setFailure(error);
          }
          if (isPermanent(error)) {
            generation += 1;
            stopFollowing?.();
            stopFollowing = null;
            clearTimeout(retryTimer);
            setLive('stopped');
          } else {
            scheduleRetry(mine);
          }
        });
    }

    connect();
    return () => {
      stopped = true;
      stopFollowing?.();
      clearTimeout(retryTimer);
      for (const timer of timers) clearTimeout(timer);
    };
  }, [boothId, attempt]);

  const retry = useCallback(() => {
    setLoad('loading');
    setFailure(null);
    setLive('connecting');
    setAttempt((n) => n + 1);
  }, []);

  return { leads, load, failure, live, fresh, latest, retry };
}
