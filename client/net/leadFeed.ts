import { z } from 'zod';
import { Lead } from '../../shared/leads.ts';
import { followLines } from './followLines.ts';

const LiveLine = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ready') }),
  z.object({ type: z.literal('ping') }),
  z.object({ type: z.literal('lead'), lead: Lead }),
]);

/** Follows a booth's new leads as they arrive; `onError` when the feed ends. Returns a function that stops following. */
export function followLeads(boothId: string, onLead: (lead: Lead) => void, onError: () => void): () => void {
  return followLines(`/api/booths/${encodeURIComponent(boothId)}/leads/live`, LiveLine, {
    onLine: (line) => {
      if (line?.type === 'lead') onLead(line.lead);
    },
    onEnd: () => onError(),
  });
}
