/**
 * How much of the CPU the virtual machine's host kept for itself while a figure was timed
 * (Linux's "steal" time). On a shared host it comes in spells: a hub lookup that took p99
 * 1.2-1.9 ms with 1% stolen took 5.3-10.0 ms in a spell of 15-23%, the same code on the
 * same data. Printed beside the figures it can sway, so that a miss can be told apart from
 * a slower kiosk or hub.
 */
import { readFileSync } from 'node:fs';

interface CpuTimes {
  steal: number;
  total: number;
}

function cpuTimes(): CpuTimes | null {
  try {
    const line = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0]!;
    // user nice system idle iowait irq softirq steal (guest time is already in user).
    const ticks = line.trim().split(/\s+/).slice(1, 9).map(Number);
    return { steal: ticks[7] ?? 0, total: ticks.reduce((sum, t) => sum + t, 0) };
  } catch {
    return null;
  }
}

/** Starts counting; the function returned says what share was stolen since, or '' where unknown. */
export function countSteal(): () => string {
  const start = cpuTimes();
  return () => {
    const end = cpuTimes();
    if (!start || !end || end.total === start.total) return '';
    return `${((100 * (end.steal - start.steal)) / (end.total - start.total)).toFixed(0)}%`;
  };
}

/** The clause a figure's detail ends with, or nothing where the share is unknown. */
export const hostKept = (share: string) => share && `; the host kept ${share} of the CPU meanwhile`;
