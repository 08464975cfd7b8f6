import type { LocalizedText } from '../../preload/contract';
import { intlIn } from '../i18n/intl';
import { LANGUAGE_ORDER, type MessageId } from '../i18n/messages';
import { speak } from '../speech/speakable';

type Props = ({ id: MessageId; values?: Record<string, string | number> } | { text: LocalizedText }) & {
  /** Read aloud, each language in its own voice. */
  speakable?: boolean;
};

/**
 * A message or catalog text in every language the kiosk speaks, for screens shown before
 * a citizen has chosen one: Indonesian first, the others smaller beneath it.
 */
export function EveryLanguage(props: Props) {
  return (
    <>
      {LANGUAGE_ORDER.map((language, i) => (
        <span
          key={language}
          lang={language}
          className={i === 0 ? undefined : 'secondary-language'}
          {...(props.speakable ? speak() : {})}
        >
          {'id' in props ? intlIn(language).formatMessage({ id: props.id }, props.values) : props.text[language]}
        </span>
      ))}
    </>
  );
}
