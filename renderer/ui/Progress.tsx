import { memo } from 'react';
import { useIntl } from 'react-intl';

/** "Langkah 3 dari 7" in words and as a bar. */
export const Progress = memo(function Progress({ current, total }: { current: number; total: number }) {
  const intl = useIntl();
  const label = intl.formatMessage({ id: 'question.progress' }, { current, total });
  return (
    <div className="progress">
      <p className="progress-text" data-testid="progress">
        {label}
      </p>
      <div
        className="progress-track"
        role="progressbar"
        aria-label={label}
        aria-valuemin={1}
        aria-valuemax={total}
        aria-valuenow={current}
      >
        <div className="progress-fill" style={{ width: `${(100 * current) / Math.max(1, total)}%` }} />
      </div>
    </div>
  );
});
