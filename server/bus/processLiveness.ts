/** How often a process beats, unless told otherwise (tests beat faster). */
export const BEAT_MS = 5000;
/** A process silent this many beats has stopped (a crash): what it told is dropped. */
const SILENT_BEATS = 3;
/**
 * Every this many beats a process re-sends all it holds, and the others replace what they had
 * from it: a message lost on the bus (a `departed`, a `started`) is repaired within this many beats.
 */
const FULL_EVERY = 10;

/**
 * The heartbeat of one shared object (a directory, the tours, the stages) across processes: it
 * beats on a timer, says on every tenth beat that everything should be re-sent, and tells which
 * other processes' objects fell silent, so that what they told can be dropped.
 */
export class ProcessLiveness {
  private readonly lastHeard = new Map<string, number>();
  private readonly timer: NodeJS.Timeout;
  private beats = 0;

  constructor(
    private readonly beatMs: number,
    /** Sends this process's beat; `full` asks for everything it holds. */
    private readonly beat: (full: boolean) => void,
    private readonly onSilent: (origin: string) => void,
  ) {
    this.timer = setInterval(() => this.tick(), beatMs).unref();
  }

  /** Notes that `origin` spoke just now: any message of it counts as a beat. */
  heard(origin: string): void {
    this.lastHeard.set(origin, Date.now());
  }

  close(): void {
    clearInterval(this.timer);
  }

  private tick(): void {
    this.beats += 1;
    this.beat(this.beats % FULL_EVERY === 0);
    const silentSince = Date.now() - SILENT_BEATS * this.beatMs;
    for (const [origin, heard] of this.lastHeard) {
      if (heard >= silentSince) continue;
      this.lastHeard.delete(origin);
      this.onSilent(origin);
    }
  }
}
