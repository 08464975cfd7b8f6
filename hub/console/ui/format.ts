import type { IntlShape } from 'react-intl';

/** A time as the agency reads it: "30 Nov 2026 09.15" in its own zone (IntlProvider's timeZone). */
export const dateTime = (intl: IntlShape, iso: string | null | undefined): string =>
  iso ? intl.formatDate(iso, { dateStyle: 'medium', timeStyle: 'short' }) : '';

/** The start of a calendar day in the agency's zone (WIB), as the API's filters take it. */
export const dayStart = (day: string): string | undefined => (day ? `${day}T00:00:00+07:00` : undefined);
