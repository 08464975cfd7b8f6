/// <reference types="vite/client" />

interface Window {
  /** Settles once the Intl warm-up's worker runs, or cannot (i18n/intl-warm-up.ts). */
  serambiIntlWarmUp?: Promise<void>;
}
