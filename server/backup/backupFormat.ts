import { z } from 'zod';

/**
 * A backup is gzip'd JSON lines: a header, then one line per row (`[table, values]`, each value
 * PostgreSQL's own text for it, or null), then a trailer with the row counts and the SHA-256 of
 * every line before it. Values as text round-trip exactly on either backend: timestamps to the
 * microsecond, bytea as hex, jsonb, big integers.
 */
export const BACKUP_FORMAT = 'turkic-metaverse-backup';
export const BACKUP_VERSION = 1;

const Column = z.object({ name: z.string().min(1), type: z.string().min(1) });

export const BackupHeader = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  createdAt: z.iso.datetime(),
  backend: z.enum(['pglite', 'postgres']),
  /** The schema's level: every migration applied when the backup was taken, oldest first. */
  migrations: z.array(z.string().min(1)).min(1),
  /** In the order their rows follow: parents before the tables that reference them. */
  tables: z.array(z.object({ name: z.string().min(1), columns: z.array(Column).min(1) })),
});
export type BackupHeader = z.infer<typeof BackupHeader>;

export const BackupRow = z.tuple([z.string(), z.array(z.string().nullable())]);

export const BackupTrailer = z.object({
  end: z.literal(true),
  rows: z.record(z.string(), z.number().int().min(0)),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type BackupTrailer = z.infer<typeof BackupTrailer>;

/** A backup or restore refused for a reason the person running it can act on: the message says which. */
export class BackupRefused extends Error {}
