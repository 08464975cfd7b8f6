/**
 * Intl's one-time set-up, off the page's main thread (intl-warm-up.ts says why). Which locale
 * is asked does not matter: the first call lists them all, once per process.
 */
Intl.NumberFormat.supportedLocalesOf('id');
Intl.DateTimeFormat.supportedLocalesOf('id');
self.close();
