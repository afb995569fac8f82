import type { CountryId } from '../../shared/countries.ts';
import type { DashboardSnapshot } from '../../shared/dashboard.ts';
import type { StageHub } from '../stage/stageHub.ts';
import type { EventFigures } from './eventFigures.ts';
import type { RoomCensus } from './roomCensus.ts';

export interface DashboardSources {
  /** Leads, visits, slots and meetings now, from the database (the live feed reads them less often). */
  figures(now: Date): Promise<EventFigures>;
  stage: StageHub;
  /** The pavilions in catalogue order: each is listed, empty or not. */
  pavilionIds(): CountryId[];
  census(): Promise<RoomCensus>;
}

const sum = (list: { people: number }[]) => list.reduce((n, r) => n + r.people, 0);

/** The dashboard's figures now: rooms from the registry, stages from the stage hub, the rest from the database. */
export async function dashboardSnapshot(sources: DashboardSources, now = new Date()): Promise<DashboardSnapshot> {
  const [census, figures] = await Promise.all([sources.census(), sources.figures(now)]);
  const pavilions = sources.pavilionIds().map((pavilionId) => {
    const instances = census.pavilions.get(pavilionId) ?? [];
    return { pavilionId, people: sum(instances), instances };
  });
  const plaza = { people: sum(census.plaza), instances: census.plaza };
  const slotOf = new Map(figures.slotsNow.map((s) => [s.pavilionId, s]));
  return {
    at: now.toISOString(),
    online: { total: plaza.people + sum(pavilions), plaza, pavilions },
    stages: pavilions.map(({ pavilionId, people }) => {
      const status = sources.stage.status(pavilionId);
      const slot = slotOf.get(pavilionId);
      return {
        pavilionId,
        audience: people,
        onNow: slot ? { title: slot.title, speakerName: slot.speakerName, endsAt: slot.endsAt } : null,
        handsRaised: status.hands.length,
        speaking: status.promoted.length,
      };
    }),
    leads: figures.leads,
    visits: figures.visits,
    meetingsNow: figures.meetingsNow.map((m) => ({ ...m, present: census.meetings.get(m.meetingId) ?? 0 })),
  };
}
