/**
 * The renderer's Content Security Policy, the same in Electron and in browser mode:
 * only the kiosk's own scripts and style sheets apply, and the page can talk to nothing
 * but its own origin. (Style properties set from script, as React does, are not inline
 * style elements and need no 'unsafe-inline'.)
 */
export const CONTENT_SECURITY_POLICY = [
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
