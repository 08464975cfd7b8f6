/**
 * The renderer's Content Security Policy, the same in Electron and in browser mode:
 * only the kiosk's own scripts run, and the page can talk to nothing but its own origin.
 * Inline styles are allowed because React style props (progress bars, sizes) use them;
 * inline scripts are not.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
