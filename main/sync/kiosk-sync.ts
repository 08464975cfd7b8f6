/**
 * Sync as the running kiosk has it: the engine when a hub is set up (KIOSK_HUB_URL, or the
 * address kept at enrolment), its stand-in otherwise; and what the hub decides about the
 * kiosk itself (its prefix, its name) applied to the kiosk's identity.
 */
import type { DevicesStatus } from '../../preload/contract.ts';
import type { KioskConfig } from '../config.ts';
import type { KioskIdentity } from '../requests/submit-request.ts';
import type { TrackingCodes } from '../requests/tracking-code.ts';
import type { Db } from '../store/open-database.ts';
import { getSetting } from '../store/settings-repo.ts';
import type { CatalogShelf } from './catalog-shelf.ts';
import { loadIdentity } from './identity.ts';
import { SubmissionGate } from './submission-gate.ts';
import { syncOff, type SyncControl } from './sync-control.ts';
import { SyncEngine } from './sync-engine.ts';
import { HUB_URL_SETTING } from './sync-settings.ts';
import { kioskName } from '../console/kiosk-settings.ts';

export interface KioskSyncParts {
  catalogs: CatalogShelf;
  /** The identity receipts and submissions use; its codes and name follow the hub. */
  identity: KioskIdentity;
  codesFor: (prefix: string) => TrackingCodes;
  devices: () => Promise<DevicesStatus | null>;
}

export interface KioskSync {
  control: SyncControl;
  /** Submissions go through it: sync waits for them, and sends them soon after. */
  gate: SubmissionGate;
  stop(): Promise<void>;
}

export function kioskSync(db: Db, config: KioskConfig, parts: KioskSyncParts): KioskSync {
  const adopt = () => adoptHubIdentity(db, config, parts);
  adopt();
  const hubUrl = config.sync.hubUrl ?? getSetting(db, HUB_URL_SETTING);
  if (!hubUrl) return { control: syncOff(db, parts.catalogs), gate: new SubmissionGate(), stop: async () => {} };
  const gate = new SubmissionGate(() => engine.soon());
  const engine = new SyncEngine({
    db,
    hubUrl,
    enrolment: config.sync.enrolment ?? null,
    dataDir: config.dataDir,
    codes: () => parts.identity.codes,
    catalogs: parts.catalogs,
    devices: parts.devices,
    gate,
    onEnrolled: () => {
      adopt();
      parts.catalogs.refresh();
    },
    onKioskChanged: () => {
      parts.catalogs.refresh();
      adopt();
    },
  });
  engine.start();
  return { control: engine, gate, stop: () => engine.stop() };
}

/**
 * New requests carry the prefix the hub gave (KIOSK_ID still wins, as settings from the
 * environment do, with a warning: the hub refuses requests under another prefix), and
 * receipts the name the hub keeps for the kiosk unless KIOSK_NAME says otherwise (see kioskName).
 */
function adoptHubIdentity(db: Db, config: KioskConfig, parts: KioskSyncParts): void {
  const enrolled = loadIdentity(db);
  const { identity } = parts;
  if (enrolled && config.kioskId && config.kioskId !== enrolled.prefix) {
    console.warn(
      `KIOSK_ID ${config.kioskId} is not the prefix the hub gave this kiosk (${enrolled.prefix}), and the hub refuses requests under another prefix; remove KIOSK_ID.`,
    );
  }
  if (enrolled && !config.kioskId && identity.codes.prefix !== enrolled.prefix) {
    identity.codes = parts.codesFor(enrolled.prefix);
  }
  identity.name = kioskName(db, config, identity.codes.prefix);
}
