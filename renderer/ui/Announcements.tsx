import { useEffect, useState } from 'react';
import type { Announcement } from '../../preload/contract';
import { EveryLanguage } from './EveryLanguage';
import { Pictogram } from './Pictogram';

const ROTATE_MS = 10_000;

type Props = {
  items: Announcement[];
  /** Someone is using the screen (they chose a display or speech option): hold still for them. */
  paused: boolean;
};

/** The catalog's announcements on the attract screen, one at a time, in every language. */
export function Announcements({ items, paused }: Props) {
  const [index, setIndex] = useState(0);
  useEffect(() => {
    if (paused || items.length < 2) return;
    const timer = setInterval(() => setIndex((i) => (i + 1) % items.length), ROTATE_MS);
    return () => clearInterval(timer);
  }, [paused, items.length]);
  const item = items[index % items.length];
  if (!item) return null;
  return (
    <section className="announcement" data-testid="announcement">
      {item.pictogram && <Pictogram name={item.pictogram} />}
      <p className="announcement-text">
        <EveryLanguage text={item.text} speakable />
      </p>
      {items.length > 1 && (
        <p className="announcement-dots" aria-hidden="true">
          {items.map((_, i) => (
            <span key={i} className={i === index % items.length ? 'is-current' : undefined} />
          ))}
        </p>
      )}
    </section>
  );
}
