/** The KIOSK_* settings for sync; a value that cannot work stops start-up with one sentence. */
import { resolve } from 'node:path';
import { ConfigError } from '../config.ts';
import { readEnrolment, type Enrolment } from './enrol.ts';

export interface SyncConfig {
  /** KIOSK_HUB_URL; without it, the address kept at enrolment (if any). */
  hubUrl: string | undefined;
  /** KIOSK_ENROL_CODE: enrol at start-up with it, unless already enrolled. */
  enrolment: Enrolment | undefined;
  /** KIOSK_USB_DIR: a folder that stands in for the USB drive (tests, or a drive mounted somewhere unusual). */
  usbDir: string | undefined;
}

export function readSyncConfig(env: NodeJS.ProcessEnv): SyncConfig {
  const enrolment = readEnrolmentCode(env.KIOSK_ENROL_CODE);
  const hubUrl = env.KIOSK_HUB_URL
    ? checkHubUrl(env.KIOSK_HUB_URL, 'KIOSK_HUB_URL')
    : enrolment?.hubUrl
      ? checkHubUrl(enrolment.hubUrl, 'The hub address in KIOSK_ENROL_CODE')
      : undefined;
  if (enrolment && !hubUrl) {
    throw new ConfigError(
      'KIOSK_ENROL_CODE names no hub; set KIOSK_HUB_URL to the hub address its admin gives, for example https://hub.example.go.id.',
    );
  }
  return { hubUrl, enrolment, usbDir: env.KIOSK_USB_DIR ? resolve(env.KIOSK_USB_DIR) : undefined };
}

function readEnrolmentCode(value: string | undefined): Enrolment | undefined {
  if (!value) return undefined;
  const enrolment = readEnrolment(value);
  if (!enrolment) {
    throw new ConfigError(
      `KIOSK_ENROL_CODE "${value}" is not an enrolment code; use the 16-character code the hub's admin gives (for example 7KMX-4PRT-9CWH-3DNA) or the text of its QR code.`,
    );
  }
  return enrolment;
}

const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/;

/**
 * The hub's address: https, or http to this machine only (tests, a hub beside the kiosk),
 * because citizens' answers travel in the calls. Only the origin: the protocol's paths are
 * fixed (sync/protocol.ts) and signed as sent.
 */
export function checkHubUrl(value: string, name: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError(
      `${name} "${value}" is not a web address; use the hub address its admin gives, for example https://hub.example.go.id.`,
    );
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK.test(url.hostname))) {
    throw new ConfigError(
      `${name} "${value}" would send citizens' answers without encryption; use an https:// address (TLS at the hub's reverse proxy), http:// only for a hub on this machine.`,
    );
  }
  if (url.username || url.password || url.search || url.hash || url.pathname !== '/') {
    throw new ConfigError(
      `${name} "${value}" has more than the hub's address; use only its scheme, host and port, for example https://hub.example.go.id.`,
    );
  }
  return url.origin;
}
