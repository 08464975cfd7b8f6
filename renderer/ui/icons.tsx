/** Toolbar icons: drawn in the text colour, hidden from screen readers (the label says it). */
const icon = { className: 'tool-icon', viewBox: '0 0 48 48', 'aria-hidden': true } as const;
const line = {
  fill: 'none',
  stroke: 'currentColor',
  strokeWidth: 4,
  strokeLinecap: 'round',
  strokeLinejoin: 'round',
} as const;

export function SpeakerIcon({ muted = false }: { muted?: boolean }) {
  return (
    <svg {...icon}>
      <path d="M6 18h8l11-9v30l-11-9H6z" fill="currentColor" />
      {muted ? (
        <path d="M32 18l12 12M44 18L32 30" {...line} />
      ) : (
        <path d="M32 17c3 4 3 10 0 14M37 12c6 7 6 17 0 24" {...line} />
      )}
    </svg>
  );
}

export function StopIcon() {
  return (
    <svg {...icon}>
      <rect x="10" y="10" width="28" height="28" rx="4" fill="currentColor" />
    </svg>
  );
}

export function TextSizeIcon() {
  return (
    <svg {...icon}>
      <path d="M4 38L14 12l10 26M8 29h12M28 38l8-20 8 20M31 31h10" {...line} />
    </svg>
  );
}

export function ContrastIcon() {
  return (
    <svg {...icon}>
      <circle cx="24" cy="24" r="18" {...line} />
      <path d="M24 6a18 18 0 0 1 0 36z" fill="currentColor" />
    </svg>
  );
}

export function StaffIcon() {
  return (
    <svg {...icon}>
      <circle cx="20" cy="14" r="7" {...line} />
      <path d="M6 42c0-9 6-15 14-15s14 6 14 15" {...line} />
      <path d="M38 6v14M38 26v1" {...line} />
    </svg>
  );
}
