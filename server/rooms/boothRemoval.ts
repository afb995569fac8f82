import type { Presence } from '@colyseus/core';
import { z } from 'zod';
import { BoothId } from '../../shared/booths.ts';
import { ErrorCode } from '../../shared/errors.ts';
import { refusal as refusalOf, Refusal } from '../../shared/refusals.ts';
import { BusRequests, NoAnswer } from '../bus/busRequest.ts';
import type { CatalogueService } from '../catalogue.ts';
import { deleteBooth, lockEventSetup, SetupConflict } from '../db/boothSetupStore.ts';
import { HttpError } from '../http/errors.ts';
import { refusingConflicts } from '../http/setupErrors.ts';
import type { BoothVisits } from './boothVisits.ts';

/** Which process hosts a pavilion's rooms, when rooms run in several processes. */
export interface PavilionPlacement {
  /** This process's id, once the server listens. */
  processId(): string;
  /** The live process hosting the pavilion's rooms, or undefined when none does. */
  hostOf(pavilionId: string): Promise<string | undefined>;
}

const Question = z.object({ boothId: BoothId });
const Answer = z.union([
  z.object({ revokedInvites: z.number().int() }),
  z.object({
    refused: z.object({ status: z.number().int(), code: ErrorCode, message: z.string(), refusal: Refusal.optional() }),
  }),
]);
type Answer = z.infer<typeof Answer>;

/**
 * Removes a booth. Its visits are counted in the memory of the process hosting its pavilion's
 * rooms (BoothVisits), so the removal runs there, wherever the request arrived: only there can
 * it hold off new visits while it counts and deletes. Another process asks that one over the bus
 * and gives its answer, refusal included. With one process, or no room of the pavilion open
 * anywhere (so no visit either), it runs where it is.
 */
export class BoothRemoval {
  private readonly requests: BusRequests<z.infer<typeof Question>, Answer>;

  constructor(
    private readonly catalogue: CatalogueService,
    private readonly visits: BoothVisits,
    bus: Presence,
    private readonly placement: PavilionPlacement | undefined,
    private readonly answerMs?: number,
  ) {
    this.requests = new BusRequests(bus, 'booth.removal', Question, Answer, ({ boothId }) => this.answerHere(boothId));
  }

  /** Starts removing booths for other processes; nothing to do with one process. */
  async listen(): Promise<void> {
    if (this.placement) await this.requests.listen(this.placement.processId());
  }

  close(): void {
    this.requests.close();
  }

  /** Removes the booth and says how many invitations went with it; a refusal is an HttpError. */
  async remove(boothId: string): Promise<number> {
    const pavilion = this.catalogue.current.pavilions.find((p) => p.booths.some((b) => b.id === boothId));
    const host = pavilion && this.placement ? await this.placement.hostOf(pavilion.id) : undefined;
    if (!host || host === this.placement?.processId()) return this.removeHere(boothId);
    const answer = await this.requests.ask(host, { boothId }, this.answerMs).catch(async (err: unknown) => {
      if (!(err instanceof NoAnswer)) throw err;
      // The host may have removed it all the same, its answer late or lost: the catalogue says.
      await this.catalogue.refresh();
      // Gone: how many invitations went with it was in the lost answer.
      if (!this.catalogue.booth(boothId)) return { revokedInvites: 0 };
      throw new HttpError(
        503,
        'unavailable',
        'the booth could not be removed just now; try again',
        refusalOf('try_again'),
      );
    });
    if ('revokedInvites' in answer) return answer.revokedInvites;
    const { status, code, message, refusal } = answer.refused;
    throw new HttpError(status, code, message, refusal);
  }

  private async answerHere(boothId: string): Promise<Answer> {
    try {
      return { revokedInvites: await this.removeHere(boothId) };
    } catch (err) {
      if (err instanceof HttpError) {
        const { status, code, message, refusal } = err;
        return { refused: { status, code, message, ...(refusal ? { refusal } : {}) } };
      }
      process.emitWarning(`could not remove booth ${boothId}: ${String(err)}`);
      return { refused: { status: 500, code: 'internal', message: 'internal server error' } };
    }
  }

  /** Here, a visit is either counted by the removal or refused it, never written after its booth is gone. */
  private async removeHere(boothId: string): Promise<number> {
    const { revokedInvites } = await this.visits.whileClosing(boothId, () =>
      refusingConflicts(() =>
        this.catalogue.change((db) =>
          db.transaction().execute(async (tx) => {
            await lockEventSetup(tx);
            const here = this.visits.openAt(boothId);
            if (here > 0) {
              throw new SetupConflict('booth_not_empty', `someone is visiting booth "${boothId}" now`, {
                leads: 0,
                visits: here,
              });
            }
            return deleteBooth(tx, boothId);
          }),
        ),
      ),
    );
    return revokedInvites;
  }
}
