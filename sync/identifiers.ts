/**
 * The shapes of the identifiers both sides exchange. Kiosk prefixes and tracking codes use
 * the kiosk's 23-character alphabet without look-alike characters; a tracking code starts
 * with the prefix of the kiosk that issued it, which is how the hub finds its kiosk.
 */
import { z } from 'zod';

export const CODE_ALPHABET = '23456789ACDEFHJKMNPRTWX';
export const PREFIX_LENGTH = 3;
/**
 * What every tracking code made in training mode starts with (main/training/). No kiosk is
 * ever given it, so a training receipt never passes for a real request anywhere.
 */
export const TRAINING_PREFIX = 'TRN';

const symbols = `[${CODE_ALPHABET}]`;
const prefixPattern = new RegExp(`^${symbols}{${PREFIX_LENGTH}}$`);
/** 12 characters from current kiosks, 9 from kiosks made before the longer sequence. */
const trackingPattern = new RegExp(`^${symbols}{9}(${symbols}{3})?$`);

export const KioskPrefix = z.string().regex(prefixPattern, `use ${PREFIX_LENGTH} characters of ${CODE_ALPHABET}`);
export const TrackingCode = z.string().regex(trackingPattern, `use 9 or 12 characters of ${CODE_ALPHABET}`);

/** What a person typed or scanned (any case, spaces, hyphens) as a bare code. */
export function normaliseCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, '');
}

export const isKioskPrefix = (text: string): boolean => prefixPattern.test(text);
export const isTrackingCode = (text: string): boolean => trackingPattern.test(text);
export const prefixOf = (trackingCode: string): string => trackingCode.slice(0, PREFIX_LENGTH);
