import { useIntl } from 'react-intl';
import { speak } from '../speech/speakable';
import { Button } from './Button';

/** The items of page `page` (from 0) when `size` fit on a page. */
export const pageOf = <T,>(items: readonly T[], page: number, size: number): T[] =>
  items.slice(page * size, (page + 1) * size);

export const pageCount = (items: number, size: number): number => Math.max(1, Math.ceil(items / size));

/**
 * Large "previous" and "more" buttons with "Halaman 1 dari 2" between them: everything the
 * kiosk offers is reached by a tap, never by a scroll gesture someone may not know.
 */
export function Pager({ page, pages, onPage }: { page: number; pages: number; onPage: (page: number) => void }) {
  const intl = useIntl();
  if (pages <= 1) return null;
  return (
    <nav className="pager" aria-label={intl.formatMessage({ id: 'pager.label' })}>
      <Button testId="page-previous" disabled={page === 0} onClick={() => onPage(page - 1)}>
        {intl.formatMessage({ id: 'pager.previous' })}
      </Button>
      <p className="pager-where" data-testid="page-number" {...speak()}>
        {intl.formatMessage({ id: 'pager.where' }, { page: page + 1, pages })}
      </p>
      <Button variant="primary" testId="page-next" disabled={page >= pages - 1} onClick={() => onPage(page + 1)}>
        {intl.formatMessage({ id: 'pager.next' })}
      </Button>
    </nav>
  );
}
