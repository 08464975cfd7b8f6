/**
 * Switching training mode on and off, and wiping its data. Requests, receipts and calls for
 * staff follow the active workspace (workspaces.ts); the print queue moves with it, so a
 * training receipt is printed from the training database and marked as such.
 */
import type { JobSource, PrintStation } from '../printing/print-station.ts';
import { appendAudit } from '../store/audit-repo.ts';
import type { Workspace, Workspaces } from './workspaces.ts';

export class TrainingMode {
  constructor(
    private readonly workspaces: Workspaces,
    private readonly station: PrintStation,
    private readonly jobSource: (workspace: Workspace) => JobSource,
    private readonly now: () => Date,
  ) {}

  get on(): boolean {
    return this.workspaces.training;
  }

  /** Recorded in the kiosk's own trail: who put the kiosk in training, and when it came back. */
  async set(on: boolean, actor: string): Promise<void> {
    if (on === this.on) return;
    const workspace = on ? this.workspaces.enter() : this.workspaces.leave();
    appendAudit(this.workspaces.real.db, {
      at: this.now().toISOString(),
      actor,
      action: on ? 'training.started' : 'training.ended',
      subject: null,
    });
    await this.station.change({ source: this.jobSource(workspace) });
  }

  async wipe(actor: string): Promise<void> {
    // The queue lets go of the training database before its file goes.
    await this.station.change({ source: this.jobSource(this.workspaces.real) });
    const workspace = this.workspaces.wipe();
    appendAudit(this.workspaces.real.db, {
      at: this.now().toISOString(),
      actor,
      action: 'training.wiped',
      subject: null,
    });
    await this.station.change({ source: this.jobSource(workspace) });
  }
}
