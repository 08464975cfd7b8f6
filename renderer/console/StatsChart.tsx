/**
 * A bar chart of counts per day, or of scores per element (Chart.js, only the parts bars
 * need). It draws on a canvas and sets no inline style sheet, so it runs under the kiosk's
 * CSP (style-src 'self'); the canvas is an image named by its title, and the same numbers
 * are in a table for screen readers (its own, or the screen's).
 */
import { useEffect, useRef } from 'react';
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale } from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend);

/** Okabe–Ito hues: told apart by people with colour-blindness, 3:1 on white. */
const HUES = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#9A7A00', '#56B4E9', '#000000'];

export interface Bars {
  label: string;
  counts: number[];
}

export function StatsChart({
  title,
  days,
  bars,
  testId,
  max,
  table = true,
}: {
  title: string;
  days: string[];
  bars: Bars[];
  testId: string;
  /** The top of the scale when it has one (an NRR is at most 4); otherwise the data's. */
  max?: number;
  /** Totals per series beside the chart; off where the screen tables the same numbers itself. */
  table?: boolean;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const drawn = JSON.stringify([days, bars, max]);
  useEffect(() => {
    // Axis words in the screen's own text colour, so high contrast reaches the chart too.
    const ink = getComputedStyle(document.documentElement).getPropertyValue('--ink').trim() || '#1b1f23';
    const chart = new Chart(canvas.current!, {
      type: 'bar',
      data: {
        labels: days,
        datasets: bars.map((b, i) => ({ label: b.label, data: b.counts, backgroundColor: HUES[i % HUES.length] })),
      },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        color: ink,
        scales: {
          x: { stacked: true, ticks: { color: ink, font: { size: 20 } } },
          y: { stacked: true, beginAtZero: true, max, ticks: { color: ink, font: { size: 20 }, precision: 0 } },
        },
        plugins: { legend: { display: bars.length > 1, labels: { color: ink, font: { size: 22 } } } },
      },
    });
    return () => chart.destroy();
  }, [drawn]);
  const totals = bars.map((b) => b.counts.reduce((sum, n) => sum + n, 0));
  return (
    <figure className="stats-chart" data-testid={testId}>
      <figcaption>{title}</figcaption>
      <div className="stats-canvas">
        <canvas ref={canvas} role="img" aria-label={title} />
      </div>
      {table && (
        <table className="stats-table">
          <tbody>
            {bars.map((b, i) => (
              <tr key={b.label}>
                <th scope="row" translate="no">
                  {b.label}
                </th>
                <td data-testid={`${testId}-total-${i}`}>{totals[i]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </figure>
  );
}
