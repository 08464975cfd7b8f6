import { useIntl } from 'react-intl';
import type { MessageId } from '../i18n/messages';
import { speak, spelled } from '../speech/speakable';
import { QrCode } from './QrCode';

/**
 * The tracking code on a result screen (a request's or a complaint's): the code, spelled out
 * when read aloud, and the receipt's QR code that the start screen's scanner opens.
 */
export function TrackingCode({
  trackingCode,
  qr,
  title,
  help,
}: {
  trackingCode: string;
  /** What the receipt's QR code carries. */
  qr: string;
  title: MessageId;
  help?: MessageId;
}) {
  const intl = useIntl();
  const qrCaption = intl.formatMessage({ id: 'result.qrCaption' });
  return (
    <section className="result-tracking">
      <div className="result-tracking-text">
        <h2 {...speak()}>{intl.formatMessage({ id: title })}</h2>
        <p className="tracking-code" data-testid="tracking-code" translate="no" {...speak(spelled(trackingCode))}>
          {trackingCode}
        </p>
        {help && (
          <p className="small" {...speak()}>
            {intl.formatMessage({ id: help })}
          </p>
        )}
      </div>
      <figure className="result-qr">
        <QrCode payload={qr} label={qrCaption} />
        {/* Our own words rather than the receipt's caption: the receipt keeps the language it
            was printed in, the screen follows the language switch. */}
        <figcaption className="small">{qrCaption}</figcaption>
      </figure>
    </section>
  );
}
