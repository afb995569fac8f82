import type { Notice } from '../../shared/protocol.ts';

/** One connection of a person in one room, as moderation and meeting updates reach it. */
export interface PresentClient {
  notify(notice: Notice): void;
  /** Any other server → client message, such as a meeting's change. */
  send(type: string, message: unknown): void;
  /** Closes the connection with one of CLOSE_CODES and releases any seat held for it. */
  expel(code: number): void;
}

/** Who is connected where in this process, by user id: a person may be in two rooms during a hand-over. */
export class ClientDirectory {
  private readonly byUser = new Map<string, Set<PresentClient>>();

  add(userId: string, client: PresentClient): void {
    let set = this.byUser.get(userId);
    if (!set) this.byUser.set(userId, (set = new Set()));
    set.add(client);
  }

  remove(userId: string, client: PresentClient): void {
    const set = this.byUser.get(userId);
    if (!set) return;
    set.delete(client);
    if (set.size === 0) this.byUser.delete(userId);
  }

  forUser(userId: string): PresentClient[] {
    return [...(this.byUser.get(userId) ?? [])];
  }
}
