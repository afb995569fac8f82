import type { EventFigures } from './eventFigures.ts';

/**
 * The database's figures, read again only once they are `maxAgeMs` old: the live feed looks at
 * the rooms every 2 s (memory only) but counts leads and visits (table scans) less often. A
 * failed read is not kept.
 */
export function cachedFigures(
  read: (now: Date) => Promise<EventFigures>,
  maxAgeMs: number,
): (now: Date) => Promise<EventFigures> {
  let last: { at: number; figures: Promise<EventFigures> } | undefined;
  return (now) => {
    if (!last || now.getTime() - last.at >= maxAgeMs) {
      const figures = read(now);
      last = { at: now.getTime(), figures };
      figures.catch(() => {
        if (last?.figures === figures) last = undefined;
      });
    }
    return last.figures;
  };
}
