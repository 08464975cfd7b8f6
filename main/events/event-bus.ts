import { events, type EventName, type EventPayload } from '../../preload/contract.ts';

export type EventListener = <E extends EventName>(event: E, payload: EventPayload<E>) => void;

/**
 * Main-process events on their way to the renderer, whichever transport carries them.
 * Payloads are checked against the contract here, once, before any transport sees them.
 */
export class EventBus {
  private readonly listeners = new Set<EventListener>();

  emit<E extends EventName>(event: E, payload: EventPayload<E>): void {
    const checked = events[event].parse(payload) as EventPayload<E>;
    for (const listener of this.listeners) listener(event, checked);
  }

  subscribe(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
