import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Config } from '../config.ts';
import { openDatabase, type Db } from '../db/database.ts';
import { BackupRefused } from './backupFormat.ts';

/**
 * Opens the database the server would, leaving its schema alone. PGlite serves one process:
 * while the server has its folder open (PGlite keeps a postmaster.pid there until it closes),
 * a second opener would corrupt it, so backup and restore refuse. PostgreSQL needs no such care.
 */
export async function openForBackup(config: Pick<Config, 'databaseUrl' | 'dataDir'>): Promise<Db> {
  if (!config.databaseUrl) {
    const pid = path.resolve(config.dataDir, 'pglite', 'postmaster.pid');
    if (existsSync(pid)) {
      throw new BackupRefused(
        `the embedded database in ${path.dirname(pid)} is open in another process: stop the server first (if none runs, it was killed: start it and stop it once, which closes the database cleanly)`,
      );
    }
  }
  return openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, migrate: false });
}
