import { useCallback, useRef, type MouseEvent } from 'react';
import { intlIn } from '../i18n/intl';
import { LANGUAGE_ORDER, type MessageId } from '../i18n/messages';
import { Announcements } from '../ui/Announcements';
import { EveryLanguage } from '../ui/EveryLanguage';
import { ScreenFrame } from '../ui/ScreenFrame';
import type { ScreenProps } from './types';
import { useLongPress } from '../staff/use-long-press';
import { useStaff } from '../staff/StaffProvider';

/** How long the agency's name is held for the staff's hidden way in (README, Staff). */
const STAFF_DOOR_MS = 3000;

type Door = { testId: string; event: 'CHECK_STATUS' | 'COMPLAIN' | 'SURVEY'; message: MessageId };

/** The idle screen speaks every language: nobody has chosen one yet. */
export function AttractScreen({ snapshot, send }: ScreenProps) {
  const { catalog, largeText, highContrast, readAloud } = snapshot.context;
  const start = () => send({ type: 'START' });
  // Buttons inside the area act on their own; the area's tap is for everything else.
  const only = (action: () => void) => (event: MouseEvent) => {
    event.stopPropagation();
    action();
  };
  const announcements = catalog?.announcements ?? [];
  // The ways in besides a request: a status lookup, a complaint (where the catalog has a desk), the survey.
  const doors: Door[] = [
    { testId: 'check-status', event: 'CHECK_STATUS', message: 'attract.checkStatus' },
    ...(catalog?.complaints ? [{ testId: 'complain', event: 'COMPLAIN', message: 'attract.complain' } as const] : []),
    { testId: 'survey', event: 'SURVEY', message: 'attract.survey' },
  ];
  // The staff's hidden way in: the agency's name held for three seconds asks for a staff number.
  const agency = useRef<HTMLParagraphElement>(null);
  const { startSignIn } = useStaff();
  const openStaffDoor = useCallback(() => startSignIn({ via: 'staffNumber' }), [startSignIn]);
  useLongPress(agency, STAFF_DOOR_MS, openStaffDoor);
  return (
    <ScreenFrame testId="screen-attract" language="id" className="attract">
      {/* The whole screen starts, as it says; the button is the same action for keyboards and screen readers. */}
      <div className="attract-area" onClick={start}>
        {catalog && (
          <p className="attract-agency" ref={agency} data-testid="attract-agency">
            <EveryLanguage text={catalog.agency} />
          </p>
        )}
        <h1 className="attract-welcome" tabIndex={-1}>
          <EveryLanguage id="attract.welcome" speakable />
        </h1>
        <button type="button" className="attract-start" data-testid="start" onClick={only(start)}>
          <EveryLanguage id="attract.start" speakable />
        </button>
        <div
          className="attract-languages"
          role="group"
          aria-label={intlIn('id').formatMessage({ id: 'language.switch' })}
        >
          {LANGUAGE_ORDER.map((lang) => (
            <button
              key={lang}
              type="button"
              lang={lang}
              className="btn attract-language"
              data-testid={`lang-${lang}`}
              onClick={only(() => send({ type: 'CHOOSE_LANGUAGE', language: lang }))}
            >
              {intlIn(lang).formatMessage({ id: 'language.name' })}
            </button>
          ))}
        </div>
        {doors.map((door) => (
          <button
            key={door.testId}
            type="button"
            className="btn attract-status"
            data-testid={door.testId}
            onClick={only(() => send({ type: door.event }))}
          >
            <EveryLanguage id={door.message} speakable />
          </button>
        ))}
        {announcements.length > 0 ? (
          <Announcements items={announcements} paused={largeText || highContrast || readAloud} />
        ) : (
          <TouchIcon />
        )}
        <p className="attract-purpose">
          <EveryLanguage id="attract.purpose" speakable />
        </p>
      </div>
    </ScreenFrame>
  );
}

function TouchIcon() {
  return (
    <svg className="attract-icon" viewBox="0 0 120 120" aria-hidden="true">
      <circle cx="52" cy="40" r="26" fill="none" stroke="currentColor" strokeWidth="4" opacity="0.35" />
      <circle cx="52" cy="40" r="14" fill="none" stroke="currentColor" strokeWidth="4" opacity="0.6" />
      <path
        className="attract-icon-hand"
        d="M52 40v44l-10-10c-5-5-13 1-9 7l18 24c4 6 9 9 17 9h14c11 0 19-8 19-19V66c0-5-7-7-10-3v-3c0-5-8-7-11-2v-3c0-5-9-6-11-1V40c0-7-17-7-17 0z"
        stroke="currentColor"
        strokeWidth="4"
        strokeLinejoin="round"
      />
    </svg>
  );
}
