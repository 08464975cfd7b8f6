/**
 * Kiosk → hub: the events after the hub's acknowledged seq, batch by batch. Each batch
 * starts right after what the hub last acknowledged, so a batch the hub has acknowledged
 * is never sent again, and a batch cut anywhere is simply sent again. Batches are sized to
 * the link: a few seconds each, so a cut on a slow link loses little.
 */
import { BatchAck, type SyncEvent } from '../../sync/events.ts';
import { MAX_BATCH_EVENTS, SYNC_PATHS } from '../../sync/protocol.ts';
import { acknowledge, ackedSeq, eventsAfter, rewind } from '../store/sync-repo.ts';
import { HubRefusal, SyncProblem } from './hub-client.ts';
import { callHub, type SyncRun } from './sync-run.ts';
import { yieldToOthers } from './yield.ts';

/** Events read and unsealed between yields: a few milliseconds of work at a time. */
const READ_CHUNK = 100;
const TARGET_BATCH_MS = 5000;
const MIN_BATCH = 20;

/** Who follows the batches: the progress bar, and tests that check nothing acknowledged is sent again. */
export interface BatchWatch {
  sending(fromSeq: number, toSeq: number): void;
  acknowledged(fromSeq: number, toSeq: number, ackedSeq: number): void;
}

/** How many events go in the next batch; kept between rounds. */
export class BatchSize {
  current = 200;

  after(elapsedMs: number): void {
    if (elapsedMs < TARGET_BATCH_MS / 2) this.current = Math.min(MAX_BATCH_EVENTS, this.current * 2);
    else if (elapsedMs > TARGET_BATCH_MS * 2) this.shrink();
  }

  shrink(): void {
    this.current = Math.max(MIN_BATCH, Math.floor(this.current / 2));
  }
}

export interface PushRun extends SyncRun {
  size: BatchSize;
  watch: BatchWatch;
}

async function readBatch(run: PushRun, after: number): Promise<SyncEvent[]> {
  const events: SyncEvent[] = [];
  while (events.length < run.size.current) {
    await run.gate.clear();
    const chunk = eventsAfter(
      run.db,
      events.at(-1)?.seq ?? after,
      Math.min(READ_CHUNK, run.size.current - events.length),
    );
    if (chunk.length === 0) break;
    events.push(...chunk);
    await yieldToOthers();
  }
  return events;
}

export async function pushEvents(run: PushRun): Promise<void> {
  for (;;) {
    const events = await readBatch(run, ackedSeq(run.db));
    if (events.length === 0) return;
    const first = events[0]!.seq;
    const last = events.at(-1)!.seq;
    run.watch.sending(first, last);
    const started = Date.now();
    let ack: BatchAck;
    try {
      ack = BatchAck.parse(await callHub(run, 'POST', SYNC_PATHS.events, { events }));
    } catch (error) {
      if (!(error instanceof HubRefusal) || error.code === 'too-large') run.size.shrink();
      // Too large is the batch's fault, not the events': the same events go again in smaller batches.
      if (error instanceof HubRefusal && error.code === 'too-large' && events.length > MIN_BATCH) continue;
      throw error;
    }
    run.size.after(Date.now() - started);
    await run.gate.clear();
    if (ack.ackedSeq >= first) {
      acknowledge(run.db, ack.ackedSeq, run.now().toISOString());
    } else if (ack.ackedSeq < first - 1) {
      rewind(run.db, ack.ackedSeq);
    } else {
      throw new SyncProblem(
        `The hub took events ${first} to ${last} but acknowledges only up to ${ack.ackedSeq}; ask the hub's admin to check this kiosk's events.`,
      );
    }
    run.watch.acknowledged(first, last, ack.ackedSeq);
    await yieldToOthers();
  }
}
