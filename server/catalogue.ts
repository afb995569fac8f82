import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Presence } from '@colyseus/core';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { BoothContent } from '../shared/booths.ts';
import { CatalogueSeed, type Catalogue } from '../shared/catalogue.ts';
import { describeZodError } from '../shared/errors.ts';
import { readCatalogue, seedCatalogue, updateBoothContent } from './db/catalogueStore.ts';
import type { Database } from './db/schema.ts';
import type { Logger } from './log.ts';

/**
 * The presence channel on which a set-up change is announced, so that every process (in memory
 * in one, Redis across several) reads the catalogue again and tells its rooms.
 */
export const CATALOGUE_CHANNEL = 'catalogue.changed';
/**
 * Which process made the change: that one has read it back already. A booth's own content (its
 * texts, logo, brochure) is only read back: it moves no stand, and the rooms are not told.
 */
const CatalogueChanged = z.object({ origin: z.string(), contentOnly: z.boolean().optional() });
type CatalogueChanged = z.infer<typeof CatalogueChanged>;

/** Reads and validates the seed file; a broken file stops the server with the reason. */
export async function loadCatalogueSeed(file: string): Promise<CatalogueSeed> {
  const raw = JSON.parse(await readFile(file, 'utf8')) as unknown;
  const parsed = CatalogueSeed.safeParse(raw);
  if (!parsed.success) throw new Error(`Invalid catalogue ${file}: ${describeZodError(parsed.error)}`);
  return parsed.data;
}

/**
 * The catalogue as it is in the database, kept in memory because every page load and room
 * asks for it; every change goes to the database first and is reflected here only once committed.
 */
export class CatalogueService {
  /** Reads run one after another, so an older snapshot never replaces a newer one. */
  private refreshing: Promise<void> = Promise.resolve();
  /** Told after a change of pavilions or booths has been committed and read back. */
  private readonly listeners = new Set<(catalogue: Catalogue) => void>();
  /** Where changes are announced between processes; none in a script, which has no rooms. */
  private bus: Presence | undefined;
  private log: Logger | undefined;
  private readonly origin = randomUUID();

  private constructor(
    private readonly db: Kysely<Database>,
    private catalogue: Catalogue,
    /** True when this start found an empty database and seeded it. */
    readonly seeded: boolean,
  ) {}

  static async open(db: Kysely<Database>, seedFile: string): Promise<CatalogueService> {
    const seeded = await seedCatalogue(db, await loadCatalogueSeed(seedFile));
    return new CatalogueService(db, await readCatalogue(db), seeded);
  }

  get current(): Catalogue {
    return this.catalogue;
  }

  booth(id: string) {
    for (const p of this.catalogue.pavilions) {
      const booth = p.booths.find((b) => b.id === id);
      if (booth) return booth;
    }
    return undefined;
  }

  async updateContent(boothId: string, content: BoothContent): Promise<void> {
    await updateBoothContent(this.db, boothId, content);
    await this.contentChanged();
  }

  /**
   * A booth's content changed in the database: read it back here, and have the other processes
   * read it too, as any of them may serve the next page load.
   */
  async contentChanged(): Promise<void> {
    await this.refresh();
    this.announce({ origin: this.origin, contentOnly: true });
  }

  /**
   * Runs an organiser's change of the event's set-up (pavilions, booths), then reads the
   * catalogue back and tells whoever listens, rooms included; a change that throws changed nothing.
   */
  async change<T>(work: (db: Kysely<Database>) => Promise<T>): Promise<T> {
    const result = await work(this.db);
    await this.refresh();
    // Told here before the organiser's reply (the rooms' world included): with Redis this
    // process would hear its own publication only later. The others read the catalogue back.
    this.tell();
    this.announce({ origin: this.origin });
    return result;
  }

  private announce(change: CatalogueChanged): void {
    if (this.bus)
      Promise.resolve(this.bus.publish(CATALOGUE_CHANNEL, change)).catch((err: unknown) =>
        this.log?.error({ err }, 'could not tell the other processes that the catalogue changed'),
      );
  }

  /**
   * From now on every change is announced on `bus`, and every change announced there by another
   * process is read back and told to the listeners: once per change in each process.
   */
  async shareChangesOn(bus: Presence, log: Logger): Promise<void> {
    this.bus = bus;
    this.log = log;
    await bus.subscribe(CATALOGUE_CHANNEL, this.hear);
  }

  private readonly hear = (message: unknown): void => {
    const changed = CatalogueChanged.safeParse(message);
    if (!changed.success || changed.data.origin === this.origin) return;
    this.refresh().then(
      () => {
        if (!changed.data.contentOnly) this.tell();
      },
      (err: unknown) => this.log?.error({ err }, 'could not read the catalogue after another process changed it'),
    );
  };

  private tell(): void {
    for (const listener of this.listeners) listener(this.catalogue);
  }

  /** Hears every set-up change (of any process, once shareChangesOn is called); returns the way to stop. */
  onChanged(listener: (catalogue: Catalogue) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  refresh(): Promise<void> {
    this.refreshing = this.refreshing.then(async () => {
      this.catalogue = await readCatalogue(this.db);
    });
    return this.refreshing;
  }
}
