/** What every service shares: the agency's name, the privacy notice, the counters and the attract screen's announcements. */
import type { Catalog } from '../api/hub-types';
import { TextField } from '../ui/fields';
import type { Update } from './draft';
import { LocalizedField } from './LocalizedField';
import { Message } from '../i18n/t';

export function GeneralEditor({ catalog, update }: { catalog: Catalog; update: Update }) {
  const privacy = catalog.privacy;
  const announcements = catalog.announcements ?? [];
  return (
    <div data-testid="general-editor">
      <LocalizedField label="catalog.agency" value={catalog.agency} path={['agency']} update={update} testId="agency" />
      <h3>
        <Message id="catalog.privacy" />
      </h3>
      {privacy && (
        <>
          <TextField
            label={<Message id="catalog.privacyVersion" />}
            hint={<Message id="catalog.privacyVersionHint" />}
            value={privacy.version}
            onChange={(v) => update(['privacy', 'version'], v)}
          />
          {(['purpose', 'recipients', 'rights', 'contact'] as const).map((part) => (
            <LocalizedField
              key={part}
              label={`catalog.privacy.${part}`}
              value={privacy[part]}
              path={['privacy', part]}
              update={update}
              multiline
            />
          ))}
        </>
      )}
      <h3>
        <Message id="catalog.counters" />
      </h3>
      {catalog.counters.map((counter, i) => (
        <div key={i} className="list-item">
          <TextField
            label={<Message id="catalog.counterCode" />}
            value={counter.code}
            onChange={(v) => update(['counters', i, 'code'], v)}
          />
          <LocalizedField
            label="catalog.counterName"
            value={counter.name}
            path={['counters', i, 'name']}
            update={update}
          />
        </div>
      ))}
      <button
        type="button"
        onClick={() => update(['counters'], [...catalog.counters, { code: '', name: { id: '', en: '' } }])}
      >
        <Message id="catalog.addCounter" />
      </button>
      <h3>
        <Message id="catalog.announcements" />
      </h3>
      {announcements.map((a, i) => (
        <div key={i} className="list-item">
          <LocalizedField
            label="catalog.announcement"
            value={a.text}
            path={['announcements', i, 'text']}
            update={update}
          />
          <button
            type="button"
            onClick={() =>
              update(
                ['announcements'],
                announcements.filter((_, j) => j !== i),
              )
            }
          >
            <Message id="catalog.remove" values={{ n: i + 1 }} />
          </button>
        </div>
      ))}
      <button type="button" onClick={() => update(['announcements'], [...announcements, { text: { id: '', en: '' } }])}>
        <Message id="catalog.addAnnouncement" />
      </button>
    </div>
  );
}
