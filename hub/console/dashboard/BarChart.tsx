/**
 * A bar chart drawn by Chart.js (only the parts bars need are registered, to keep the
 * bundle small). The canvas is an image named by its title; the same numbers are in a
 * table beside it for screen readers and keyboards.
 */
import { useEffect, useRef } from 'react';
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

/** Colour-blind-safe hues (Okabe–Ito) with 3:1 contrast on white. */
const COLOURS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#9A7A00', '#56B4E9', '#000000'];

export interface Series {
  label: string;
  values: number[];
}

export function BarChart(props: {
  title: string;
  labels: string[];
  series: Series[];
  stacked?: boolean;
  horizontal?: boolean;
  percent?: boolean;
  testId?: string;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const key = JSON.stringify(props);
  useEffect(() => {
    const chart = new Chart(canvas.current!, {
      type: 'bar',
      data: {
        labels: props.labels,
        datasets: props.series.map((s, i) => ({
          label: s.label,
          data: s.values,
          backgroundColor: COLOURS[i % COLOURS.length],
        })),
      },
      options: {
        indexAxis: props.horizontal ? 'y' : 'x',
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        scales: {
          x: { stacked: props.stacked, ...(props.horizontal && props.percent ? { max: 100 } : {}) },
          y: { stacked: props.stacked, beginAtZero: true, ...(!props.horizontal && props.percent ? { max: 100 } : {}) },
        },
        plugins: { legend: { display: props.series.length > 1 } },
      },
    });
    return () => chart.destroy();
  }, [key]);
  return (
    <figure className="chart" data-testid={props.testId}>
      <figcaption>{props.title}</figcaption>
      <div className="chart-canvas">
        <canvas ref={canvas} role="img" aria-label={props.title} />
      </div>
      <details>
        <summary>{props.title}</summary>
        <table className="list compact">
          <thead>
            <tr>
              <td />
              {props.series.map((s) => (
                <th scope="col" key={s.label} translate="no">
                  {s.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {props.labels.map((label, i) => (
              <tr key={label}>
                <th scope="row" translate="no">
                  {label}
                </th>
                {props.series.map((s) => (
                  <td key={s.label}>{props.percent ? `${s.values[i]}%` : s.values[i]}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
