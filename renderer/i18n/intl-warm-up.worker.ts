/**
 * Intl's one-time set-up, off the page's main thread (intl-warm-up.ts says why). Which locale
 * is asked does not matter: the first call lists them all, once per process. The page is told
 * first that the worker runs, so that it goes on while the list is built.
 */
self.postMessage('started');
Intl.NumberFormat.supportedLocalesOf('id');
Intl.DateTimeFormat.supportedLocalesOf('id');
self.close();
