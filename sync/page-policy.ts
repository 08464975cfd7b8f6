/**
 * The Content Security Policy of every page Serambi serves: the kiosk's renderer (in
 * Electron and in browser mode) and the hub's console. Only the program's own scripts,
 * style sheets and fonts apply, and a page can talk to nothing but its own origin; images
 * may also be data: URLs (the console's enrolment QR codes). Style properties set from
 * script, as React does, are not inline style elements and need no 'unsafe-inline'.
 */
export const PAGE_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
