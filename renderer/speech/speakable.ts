import type { Language } from '../../preload/contract';

/** One piece of text to read, in the language it is written in. */
export type Speakable = { text: string; language: Language };

/**
 * Marks an element for reading aloud. Reading is opt-in, element by element, so what the
 * citizen typed (a NIK, a phone number, a name) is never read: nothing marks it. `text`
 * replaces what the element shows, e.g. "A 0 0 7" for the queue number "A-007".
 */
export const speak = (text = '') => ({ 'data-speak': text });

/** Characters one by one, so a voice says "A, 0, 0, 7" rather than "A minus seven". */
export const spelled = (code: string) => [...code.replace(/[^\p{L}\p{N}]/gu, '')].join(' ');

/**
 * What the read-aloud button reads, in page order: an open dialog instead of the screen
 * beneath it. Each element's language is the nearest `lang` attribute around it.
 */
export function speakableIn(root: ParentNode, fallback: Language): Speakable[] {
  const scope = root.querySelector('[role="alertdialog"]') ?? root;
  const out: Speakable[] = [];
  for (const element of scope.querySelectorAll<HTMLElement>('[data-speak]')) {
    const text = (element.dataset.speak || element.textContent || '').replace(/\s+/g, ' ').trim();
    const lang = element.closest('[lang]')?.getAttribute('lang')?.split('-')[0];
    if (text) out.push({ text, language: (lang as Language | undefined) ?? fallback });
  }
  return out;
}
