/** The operator console's screens, in the order the desk offers them. */
export const CONSOLE_SECTIONS = [
  'devices',
  'sync',
  'settings',
  'stats',
  'skm',
  'audit',
  'accounts',
  'training',
  'exit',
] as const;
export type ConsoleSection = (typeof CONSOLE_SECTIONS)[number];
