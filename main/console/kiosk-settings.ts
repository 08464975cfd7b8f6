/**
 * The settings an operator changes in the console: the kiosk's name, the citizen's idle
 * times, the printer and the announcements. Each takes effect at once. Precedence follows
 * the rest of the kiosk: a KIOSK_* setting wins (KIOSK_NAME, KIOSK_PRINTER), then what
 * the hub keeps for the kiosk (its name, its announcements), then the console's, then the
 * defaults; the console shows a setting fixed by the first two and cannot change it.
 */
import type { LocalizedText, PrinterHealth } from '../../preload/contract.ts';
import type { KioskSettings, PrinterChoice, SettingsView } from '../../preload/staff-contract.ts';
import { DEFAULT_IDLE_TIMES, type IdleTimes } from '../../preload/idle-defaults.ts';
import type { KioskConfig } from '../config.ts';
import { PrintStation } from '../printing/print-station.ts';
import { parsePrinterUrl, type PrinterConfig } from '../printing/printer-url.ts';
import { buildTestReceipt } from '../printing/test-receipt.ts';
import type { KioskIdentity } from '../requests/submit-request.ts';
import { appendAudit } from '../store/audit-repo.ts';
import { localSettings, saveLocalSettings, type LocalSettings } from '../store/kiosk-settings-repo.ts';
import type { Db } from '../store/open-database.ts';
import { hubAnnouncements, hubSettings } from '../sync/sync-settings.ts';

/** The name receipts carry: KIOSK_NAME, the hub's name for the kiosk, the console's, or "Serambi <prefix>". */
export function kioskName(db: Db, config: Pick<KioskConfig, 'kioskName'>, prefix: string): string {
  return config.kioskName ?? hubSettings(db)?.name ?? localSettings(db).kioskName ?? `Serambi ${prefix}`;
}

/** The printer the kiosk uses: KIOSK_PRINTER, else the console's, else the preview file. */
export function printerConfig(db: Db, config: Pick<KioskConfig, 'printer' | 'dataDir'>): PrinterConfig {
  return parsePrinterUrl(config.printer ?? localSettings(db).printer ?? undefined, config.dataDir);
}

function choiceOf(printer: PrinterConfig): PrinterChoice {
  const t = printer.transport;
  if (!printer.configured || t.kind !== 'tcp') return { kind: 'none' };
  return { kind: 'network', host: t.host, port: t.port, paper: printer.layout.paper };
}

function urlOf(choice: PrinterChoice): string | null {
  if (choice.kind === 'none') return null;
  return `tcp://${choice.host}:${choice.port}${choice.paper === 58 ? '?paper=58' : ''}`;
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export interface SettingsParts {
  db: Db;
  config: KioskConfig;
  identity: KioskIdentity;
  station: PrintStation;
  agency: () => LocalizedText;
  /** Tells the catalog shelf that the announcements may have changed. */
  announcementsChanged: () => void;
  now: () => Date;
}

export type SaveOutcome =
  { outcome: 'saved'; view: SettingsView } | { outcome: 'printerFailed'; health: PrinterHealth };

export class KioskSettingsControl {
  constructor(private readonly parts: SettingsParts) {}

  /** The citizen's idle times an operator set; undefined: the renderer's defaults. */
  idle(): IdleTimes | undefined {
    return localSettings(this.parts.db).idle ?? undefined;
  }

  view(): SettingsView {
    const { db, config, station, identity } = this.parts;
    const local = localSettings(db);
    const hubAnnounces = hubAnnouncements(db);
    const announcements = hubAnnounces ?? local.announcements;
    return {
      values: {
        kioskName: identity.name,
        idle: local.idle ?? DEFAULT_IDLE_TIMES,
        printer: choiceOf(station.config),
        announcements: (announcements?.items ?? []).map((a) => a.text),
      },
      fixed: {
        kioskName: config.kioskName ? 'environment' : hubSettings(db)?.name ? 'hub' : null,
        printer: config.printer ? 'environment' : null,
        announcements: hubAnnounces ? 'hub' : null,
      },
      printerFromEnvironment: config.printer ?? null,
    };
  }

  /**
   * Saves what changed and applies it. A new printer must print a test page first; if it
   * does not, nothing is saved and the answer says what the printer reported.
   */
  async save(next: KioskSettings, actor: string): Promise<SaveOutcome> {
    const { db, config, station, identity, now } = this.parts;
    const before = this.view();
    const local = localSettings(db);
    const changed: Record<string, { from: unknown; to: unknown }> = {};
    const saved: LocalSettings = { ...local };

    if (!before.fixed.kioskName && next.kioskName !== before.values.kioskName) {
      changed.kioskName = { from: before.values.kioskName, to: next.kioskName };
      saved.kioskName = next.kioskName;
    }
    if (!sameJson(next.idle, before.values.idle)) {
      changed.idle = { from: before.values.idle, to: next.idle };
      saved.idle = next.idle;
    }
    let printer: PrinterConfig | null = null;
    if (!before.fixed.printer && !sameJson(next.printer, before.values.printer)) {
      const url = urlOf(next.printer);
      printer = parsePrinterUrl(url ?? undefined, config.dataDir);
      if (printer.configured) {
        const test = buildTestReceipt(this.parts.agency(), identity, printer, now());
        const problem = await PrintStation.tryPrinter(printer, test);
        if (problem) return { outcome: 'printerFailed', health: problem };
      }
      changed.printer = { from: urlOf(before.values.printer), to: url };
      saved.printer = url;
    }
    if (!before.fixed.announcements && !sameJson(next.announcements, before.values.announcements)) {
      changed.announcements = { from: before.values.announcements.length, to: next.announcements.length };
      saved.announcements = {
        version: (local.announcements?.version ?? 0) + 1,
        items: next.announcements.map((text) => ({ text })),
      };
    }
    if (Object.keys(changed).length === 0) return { outcome: 'saved', view: before };

    db.transaction(() => {
      saveLocalSettings(db, saved);
      appendAudit(db, { at: now().toISOString(), actor, action: 'settings.changed', subject: null, detail: changed });
    })();
    identity.name = kioskName(db, config, identity.codes.prefix);
    if (changed.announcements) this.parts.announcementsChanged();
    if (printer) await station.change({ config: printer });
    return { outcome: 'saved', view: this.view() };
  }
}
