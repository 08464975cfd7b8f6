/**
 * What the edit looks like at a kiosk: one question screen (as the citizen sees it, in the
 * chosen language) and the printed receipt, in the kiosk's receipt order (agency, service,
 * queue number, counter, tracking code, what to bring, QR code). Sample values stand in
 * for what a real request would print. The kiosk's part speaks the preview's language,
 * whatever language the console itself is in.
 */
import { IntlProvider } from 'react-intl';
import type { Catalog, Language, Service } from '../api/hub-types';
import { LOCALES, MESSAGES } from '../i18n/messages';
import type { MessageId } from '../i18n/messages';
import { Message } from '../i18n/t';

export function KioskPreview(props: { catalog: Catalog; service: Service; fieldIndex: number; language: Language }) {
  const { service, language } = props;
  const fields = [...service.fields].sort((a, b) => a.order - b.order);
  const field = fields[Math.min(props.fieldIndex, fields.length - 1)];
  const counter = props.catalog.counters.find((c) => c.code === service.counter);
  const t = (text: { id: string; en: string } | undefined) => text?.[language] ?? '';
  const hint: MessageId = `preview.input.${field?.datatype ?? 'string'}` as MessageId;
  return (
    <div className="preview">
      <figure className="kiosk-screen" data-testid="preview-question">
        <figcaption>
          <Message id="preview.question" />
        </figcaption>
        <IntlProvider locale={LOCALES[language]} messages={MESSAGES[language] as never} timeZone="Asia/Jakarta">
          <div className="kiosk-frame" lang={language}>
            <p className="kiosk-service" translate="no">
              {t(service.service_name)}
            </p>
            {field && (
              <>
                <p className="kiosk-progress">
                  <Message id="preview.progress" values={{ n: fields.indexOf(field) + 1, total: fields.length }} />
                </p>
                <p className="kiosk-question" translate="no">
                  {t(field.description)}
                  {!field.required && (
                    <span className="kiosk-optional">
                      {' '}
                      <Message id="preview.optional" />
                    </span>
                  )}
                </p>
                {field.values ? (
                  <ul className="kiosk-choices" translate="no">
                    {field.values.map((v) => (
                      <li key={v.key}>{t(v.name)}</li>
                    ))}
                  </ul>
                ) : (
                  <p className="kiosk-input">
                    <Message id={hint} />
                  </p>
                )}
              </>
            )}
          </div>
        </IntlProvider>
      </figure>
      <figure className="receipt" data-testid="preview-receipt">
        <figcaption>
          <Message id="preview.receipt" />
        </figcaption>
        <div className="receipt-paper" translate="no" lang={language}>
          <p className="receipt-title">{t(props.catalog.agency)}</p>
          <hr />
          <p>{t(service.service_name)}</p>
          <p className="receipt-big">{`${service.counter}-001`}</p>
          <p>{t(counter?.name)}</p>
          <p className="receipt-big">K3A7-H2M4-XADC</p>
          <hr />
          <ul>
            {service.standard.requirements.map((r, i) => (
              <li key={i}>{t(r)}</li>
            ))}
          </ul>
          <p className="receipt-qr" aria-hidden="true">
            ▣
          </p>
          <p>{t(service.standard.duration)}</p>
        </div>
      </figure>
    </div>
  );
}
