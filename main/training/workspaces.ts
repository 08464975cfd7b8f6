/**
 * Training mode keeps its requests in a database of its own (training.sqlite beside the
 * kiosk's file), so nothing a trainee files is ever synced, counted or mixed with real
 * requests, and one button deletes it all. Its tracking codes start with TRAINING_PREFIX,
 * which no kiosk is ever given. Staff accounts, settings and the kiosk's own audit trail
 * stay in the real database; what is done to training requests is audited in the training
 * database and goes with it.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { TRAINING_PREFIX } from '../../sync/identifiers.ts';
import type { KioskIdentity } from '../requests/submit-request.ts';
import { TrackingCodes } from '../requests/tracking-code.ts';
import { openDatabase, type Db } from '../store/open-database.ts';
import { cipherOf } from '../store/sealing.ts';
import { getSetting, setSetting } from '../store/settings-repo.ts';

export const TRAINING_FILE = 'training.sqlite';
const TRAINING_SETTING = 'training/on';

/** Where requests go: the kiosk's own database, or the training one. */
export interface Workspace {
  db: Db;
  identity: KioskIdentity;
  training: boolean;
}

export class Workspaces {
  private trainingSpace: Workspace | null = null;

  constructor(
    readonly real: Workspace,
    private readonly dataDir: string,
  ) {
    // A kiosk restarted in training stays in training: a trainee must never file for real by surprise.
    if (getSetting(real.db, TRAINING_SETTING) === 'on') this.trainingSpace = this.openTraining();
  }

  get active(): Workspace {
    return this.trainingSpace ?? this.real;
  }

  get training(): boolean {
    return this.trainingSpace !== null;
  }

  enter(): Workspace {
    this.trainingSpace ??= this.openTraining();
    setSetting(this.real.db, TRAINING_SETTING, 'on');
    return this.trainingSpace;
  }

  leave(): Workspace {
    this.trainingSpace?.db.close();
    this.trainingSpace = null;
    setSetting(this.real.db, TRAINING_SETTING, 'off');
    return this.real;
  }

  /** Deletes every training request; a kiosk in training goes on with an empty training database. */
  wipe(): Workspace {
    const training = this.training;
    this.trainingSpace?.db.close();
    this.trainingSpace = null;
    const file = join(this.dataDir, TRAINING_FILE);
    for (const path of [file, `${file}-wal`, `${file}-shm`]) rmSync(path, { force: true });
    if (training) this.trainingSpace = this.openTraining();
    return this.active;
  }

  close(): void {
    this.trainingSpace?.db.close();
  }

  private openTraining(): Workspace {
    const cipher = cipherOf(this.real.db);
    const real = this.real.identity;
    return {
      db: openDatabase(join(this.dataDir, TRAINING_FILE), cipher),
      identity: {
        codes: new TrackingCodes(TRAINING_PREFIX, cipher.derive('training tracking codes', 16)),
        // The kiosk's name and zone as they are now, even after an operator renames it.
        get name() {
          return real.name;
        },
        get timeZone() {
          return real.timeZone;
        },
      },
      training: true,
    };
  }
}
