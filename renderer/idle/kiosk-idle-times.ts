import type { KioskInfo } from '../../preload/contract';
import { idleTimesFrom, type IdleTimes } from './idle-times';

/** The idle times this page runs with: what an operator set (or the defaults), unless its address asks for others. */
export const kioskIdleTimes = (info: KioskInfo | null): IdleTimes => idleTimesFrom(window.location.search, info?.idle);
