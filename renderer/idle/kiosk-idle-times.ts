import { idleTimesFrom } from './idle-times';

/** The idle times this page runs with: the defaults, or what its address asks for. */
export const KIOSK_IDLE_TIMES = idleTimesFrom(window.location.search);
