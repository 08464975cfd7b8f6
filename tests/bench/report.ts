/** One printed line per figure: what was measured, the value, the target, and whether it is met. */
export interface Figure {
  name: string;
  value: string;
  target: string;
  met: boolean;
  detail?: string;
}

export function printFigures(figures: Figure[]): void {
  const width = Math.max(...figures.map((f) => f.name.length));
  for (const f of figures) {
    console.log(`${f.met ? 'MET ' : 'MISS'}  ${f.name.padEnd(width)}  ${f.value}   target: ${f.target}`);
    if (f.detail) console.log(`      ${' '.repeat(width)}  ${f.detail}`);
  }
}

export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
