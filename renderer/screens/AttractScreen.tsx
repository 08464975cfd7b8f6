import { INTL } from '../i18n/intl';
import { ScreenFrame } from '../ui/ScreenFrame';
import type { ScreenProps } from './types';

/** The idle screen speaks both languages: nobody has chosen one yet. */
export function AttractScreen({ snapshot, send }: ScreenProps) {
  const agency = snapshot.context.catalog?.agency;
  const start = () => send({ type: 'START' });
  return (
    <ScreenFrame testId="screen-attract" language="id" className="attract">
      {/* The whole screen starts, as it says; the button is the same action for keyboards and screen readers. */}
      <div className="attract-area" onClick={start}>
        {agency && (
          <p className="attract-agency">
            <span lang="id">{agency.id}</span>
            {agency.en !== agency.id && (
              <span className="secondary-language" lang="en">
                {agency.en}
              </span>
            )}
          </p>
        )}
        <h1 className="attract-welcome" tabIndex={-1}>
          <span lang="id">{INTL.id.formatMessage({ id: 'attract.welcome' })}</span>
          <span className="secondary-language" lang="en">
            {INTL.en.formatMessage({ id: 'attract.welcome' })}
          </span>
        </h1>
        <TouchIcon />
        <button
          type="button"
          className="attract-start"
          data-testid="start"
          onClick={(event) => {
            event.stopPropagation();
            start();
          }}
        >
          <span lang="id">{INTL.id.formatMessage({ id: 'attract.start' })}</span>
          <span className="secondary-language" lang="en">
            {INTL.en.formatMessage({ id: 'attract.start' })}
          </span>
        </button>
        <p className="attract-purpose">
          <span lang="id">{INTL.id.formatMessage({ id: 'attract.purpose' })}</span>
          <span className="secondary-language" lang="en">
            {INTL.en.formatMessage({ id: 'attract.purpose' })}
          </span>
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
        d="M52 40v44l-10-10c-5-5-13 1-9 7l18 24c4 6 9 9 17 9h14c11 0 19-8 19-19V66c0-5-7-7-10-3v-3c0-5-8-7-11-2v-3c0-5-9-6-11-1V40c0-7-17-7-17 0z"
        fill="#fff"
        stroke="currentColor"
        strokeWidth="4"
        strokeLinejoin="round"
      />
    </svg>
  );
}
