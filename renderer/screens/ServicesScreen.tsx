import { useIntl } from 'react-intl';
import { groupServices } from '../flow/catalog';
import { speak } from '../speech/speakable';
import { Pictogram } from '../ui/Pictogram';
import { BackButton, SessionScreen } from './SessionScreen';
import type { ScreenProps } from './types';

export function ServicesScreen({ snapshot, send }: ScreenProps) {
  const intl = useIntl();
  const { language, catalog } = snapshot.context;
  const groups = catalog ? groupServices(catalog) : [];
  return (
    <SessionScreen snapshot={snapshot} send={send} testId="screen-services" footer={<BackButton send={send} />}>
      <h1 tabIndex={-1} {...speak()}>
        {intl.formatMessage({ id: 'services.title' })}
      </h1>
      <p className="lead" {...speak()}>
        {intl.formatMessage({ id: 'services.intro' })}
      </p>
      {groups.map(({ category, services }) => (
        <section className="service-group" key={category?.code ?? ''}>
          <h2 className="group-title">
            {category && <Pictogram name={category.pictogram} size="small" />}
            <span {...speak()}>
              {category ? category.name[language] : intl.formatMessage({ id: 'services.other' })}
            </span>
          </h2>
          <div className="tiles">
            {services.map((service) => (
              <button
                key={service.service_code}
                type="button"
                className="btn tile"
                data-testid={`service-${service.service_code}`}
                onClick={() => send({ type: 'SELECT_SERVICE', serviceCode: service.service_code })}
              >
                <Pictogram name={service.pictogram} />
                <span className="tile-name" {...speak()}>
                  {service.service_name[language]}
                </span>
              </button>
            ))}
          </div>
        </section>
      ))}
    </SessionScreen>
  );
}
