import { useCallback, useState, type ReactNode } from 'react';
import { useIntl } from 'react-intl';
import type { Language, Service } from '../../preload/contract';
import { groupServices, type ServiceGroup } from '../flow/catalog';
import { findServices } from '../flow/find-services';
import { speak } from '../speech/speakable';
import { Button } from '../ui/Button';
import { Keyboard } from '../ui/Keyboard';
import { Pager, pageCount, pageOf } from '../ui/Pager';
import { Pictogram } from '../ui/Pictogram';
import { BackButton, SessionScreen } from './SessionScreen';
import type { ScreenProps } from './types';

/** Tiles on one page, as many as fit without scrolling: three rows of two, two in large text. */
export const perPage = (largeText: boolean) => (largeText ? 4 : 6);
/** With the keyboard on screen: two rows, one in large text. */
const perSearchPage = (largeText: boolean) => (largeText ? 2 : 4);
const MAX_QUERY = 40;

type View = { kind: 'categories' } | { kind: 'category'; code: string } | { kind: 'search'; query: string };

export function Tile({
  testId,
  pictogram,
  name,
  onTap,
}: {
  testId: string;
  pictogram: string;
  name: string;
  onTap(): void;
}) {
  return (
    <button type="button" className="btn tile" data-testid={testId} onClick={onTap}>
      <Pictogram name={pictogram} />
      <span className="tile-name" {...speak()}>
        {name}
      </span>
    </button>
  );
}

function ServiceTiles({
  services,
  language,
  onChoose,
}: {
  services: Service[];
  language: Language;
  onChoose(code: string): void;
}) {
  return (
    <div className="tiles">
      {services.map((service) => (
        <Tile
          key={service.service_code}
          testId={`service-${service.service_code}`}
          pictogram={service.pictogram}
          name={service.service_name[language]}
          onTap={() => onChoose(service.service_code)}
        />
      ))}
    </div>
  );
}

/**
 * Choosing a service without knowing how to scroll: first the kind of service (large
 * pictogram buttons), then its services, page by page with large buttons; or a search by
 * keyword typed on the on-screen keys. Real service malls list dozens to hundreds of services.
 */
export function ServicesScreen({ snapshot, send }: ScreenProps) {
  const intl = useIntl();
  const { language, catalog, largeText } = snapshot.context;
  const PER_PAGE = perPage(largeText);
  const PER_SEARCH_PAGE = perSearchPage(largeText);
  const [view, setView] = useState<View>({ kind: 'categories' });
  const [page, setPage] = useState(0);
  const show = useCallback((next: View) => {
    setView(next);
    setPage(0);
  }, []);
  const choose = (code: string) => send({ type: 'SELECT_SERVICE', serviceCode: code });
  const groups: ServiceGroup[] = catalog ? groupServices(catalog) : [];
  const back =
    view.kind === 'categories' ? (
      <BackButton send={send} />
    ) : (
      <Button testId="back" onClick={() => show({ kind: 'categories' })}>
        {intl.formatMessage({ id: 'nav.back' })}
      </Button>
    );

  let title: string;
  let body: ReactNode;
  if (view.kind === 'categories') {
    title = intl.formatMessage({ id: 'services.chooseKind' });
    body = (
      <>
        <div className="tiles">
          {pageOf(groups, page, PER_PAGE).map(({ category, services }) => (
            <Tile
              key={category?.code ?? ''}
              testId={`category-${category?.code ?? 'other'}`}
              pictogram={category?.pictogram ?? services[0]!.pictogram}
              name={category ? category.name[language] : intl.formatMessage({ id: 'services.other' })}
              onTap={() => show({ kind: 'category', code: category?.code ?? '' })}
            />
          ))}
        </div>
        <Pager page={page} pages={pageCount(groups.length, PER_PAGE)} onPage={setPage} />
        <Button className="search-start" testId="services-search" onClick={() => show({ kind: 'search', query: '' })}>
          {intl.formatMessage({ id: 'services.search' })}
        </Button>
      </>
    );
  } else if (view.kind === 'category') {
    const group = groups.find((g) => (g.category?.code ?? '') === view.code);
    title = group?.category ? group.category.name[language] : intl.formatMessage({ id: 'services.other' });
    const services = group?.services ?? [];
    body = (
      <>
        <ServiceTiles services={pageOf(services, page, PER_PAGE)} language={language} onChoose={choose} />
        <Pager page={page} pages={pageCount(services.length, PER_PAGE)} onPage={setPage} />
      </>
    );
  } else {
    title = intl.formatMessage({ id: 'services.searchTitle' });
    const found = catalog ? findServices(catalog, view.query, language) : [];
    const type = (char: string) => {
      if (view.query.length < MAX_QUERY) show({ kind: 'search', query: view.query + char });
    };
    body = (
      <>
        <div className="answer-box search-query">
          <span className="answer-value" data-testid="search-query" translate="no">
            {view.query}
          </span>
          <span className="caret" aria-hidden="true" />
        </div>
        <p className="note" data-testid="search-count" {...speak()}>
          {view.query.trim() === ''
            ? intl.formatMessage({ id: 'services.searchHint' })
            : intl.formatMessage({ id: 'services.found' }, { count: found.length })}
        </p>
        <ServiceTiles services={pageOf(found, page, PER_SEARCH_PAGE)} language={language} onChoose={choose} />
        <Pager page={page} pages={pageCount(found.length, PER_SEARCH_PAGE)} onPage={setPage} />
        <div className="search-keyboard">
          <Keyboard onChar={type} onBackspace={() => show({ kind: 'search', query: view.query.slice(0, -1) })} />
        </div>
      </>
    );
  }

  return (
    <SessionScreen
      snapshot={snapshot}
      send={send}
      testId="screen-services"
      step={view.kind === 'category' ? `category-${view.code}` : view.kind}
      footer={back}
    >
      {/* A new heading for each view: it is a new screen to the citizen, and to Listen. */}
      <h1 tabIndex={-1} key={view.kind === 'category' ? view.code : view.kind} {...speak()}>
        {title}
      </h1>
      {view.kind === 'categories' && (
        <p className="lead" {...speak()}>
          {intl.formatMessage({ id: 'services.intro' })}
        </p>
      )}
      {body}
    </SessionScreen>
  );
}
