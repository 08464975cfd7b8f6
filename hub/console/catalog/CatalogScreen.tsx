/**
 * Editing the catalog kiosks run: a draft copy of the current version, checked by the hub
 * with the kiosks' own validateCatalog as it is edited, previewed as a kiosk shows and
 * prints it, then published as a new version; any version can be made current again.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useIntl } from 'react-intl';
import { ApiError, api } from '../api/client';
import type { Catalog, CatalogVersion, Language } from '../api/hub-types';
import { ErrorNote } from '../ui/ErrorNote';
import { ListTable } from '../ui/ListTable';
import { SelectField, TextField } from '../ui/fields';
import { dateTime } from '../ui/format';
import { useCatalog } from './catalog-context';
import { setIn, type Update } from './draft';
import { GeneralEditor } from './GeneralEditor';
import { KioskPreview } from './KioskPreview';
import { ServiceEditor } from './ServiceEditor';
import { Message, useText } from '../i18n/t';

type Problems =
  { state: 'checking' | 'ok' } | { state: 'invalid'; problems: string[] } | { state: 'failed'; error: unknown };

export function CatalogScreen() {
  const intl = useIntl();
  const text = useText();
  const { catalog: current, version, reload } = useCatalog();
  const [draft, setDraft] = useState<Catalog | null>(null);
  const [selected, setSelected] = useState<number | 'general'>('general');
  const [previewLanguage, setPreviewLanguage] = useState<Language>('id');
  const [previewField, setPreviewField] = useState(0);
  const [problems, setProblems] = useState<Problems>({ state: 'ok' });
  const [note, setNote] = useState('');
  const [versions, setVersions] = useState<CatalogVersion[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);

  const loadVersions = useCallback(() => {
    api<{ versions: CatalogVersion[] }>('GET', '/catalog/versions').then((v) => setVersions(v.versions), setError);
  }, []);
  useEffect(loadVersions, [loadVersions]);
  // Another admin may have published since this console loaded.
  useEffect(reload, [reload]);
  useEffect(() => {
    edited.current = false;
    if (current) setDraft(structuredClone(current));
  }, [current, version]);

  const edited = useRef(false);
  const update: Update = (path, next) => {
    setDone(null);
    edited.current = true;
    setDraft((d) => setIn(d!, path, next));
  };
  // Each edit is checked by the hub once typing pauses.
  useEffect(() => {
    if (!edited.current || !draft) return;
    setProblems({ state: 'checking' });
    const timer = setTimeout(() => {
      api('POST', '/catalog/check', { catalog: draft }).then(
        () => setProblems({ state: 'ok' }),
        (e) =>
          setProblems(
            e instanceof ApiError && e.code === 'catalog-invalid'
              ? { state: 'invalid', problems: e.problems.length ? e.problems : [e.message] }
              : { state: 'failed', error: e },
          ),
      );
    }, 300);
    return () => clearTimeout(timer);
  }, [draft]);

  async function publish() {
    setError(null);
    try {
      const { version: published } = await api<{ version: number }>('POST', '/catalog/versions', {
        catalog: draft,
        note: note.trim(),
      });
      setNote('');
      setDone(text('catalog.published', { version: published }));
      reload();
      loadVersions();
    } catch (e) {
      setError(e);
    }
  }
  async function makeCurrent(v: number) {
    setError(null);
    try {
      await api('PUT', '/catalog/current', { version: v });
      setDone(text('catalog.madeCurrent', { version: v }));
      reload();
      loadVersions();
    } catch (e) {
      setError(e);
    }
  }

  if (!draft) {
    return (
      <section aria-labelledby="catalog-title">
        <h1 id="catalog-title">
          <Message id="catalog.title" />
        </h1>
        <p>
          <Message id="catalog.none" />
        </p>
      </section>
    );
  }
  const language = intl.locale.slice(0, 2) as Language;
  const service = selected === 'general' ? null : draft.services[selected];
  return (
    <section aria-labelledby="catalog-title" className="catalog">
      <h1 id="catalog-title">
        <Message id="catalog.title" />
      </h1>
      <p>
        <Message id="catalog.editing" values={{ version }} />
      </p>
      <div className="catalog-columns">
        <nav aria-labelledby="catalog-parts" className="catalog-parts">
          <h2 id="catalog-parts">
            <Message id="catalog.parts" />
          </h2>
          <ul>
            <li>
              <button
                type="button"
                aria-pressed={selected === 'general'}
                onClick={() => setSelected('general')}
                data-testid="part-general"
              >
                <Message id="catalog.general" />
              </button>
            </li>
            {draft.services.map((s, i) => (
              <li key={i}>
                <button
                  type="button"
                  aria-pressed={selected === i}
                  onClick={() => (setSelected(i), setPreviewField(0))}
                  data-testid={`part-${s.service_code}`}
                  translate="no"
                >
                  {s.service_name[language] || s.service_code}
                </button>
              </li>
            ))}
          </ul>
        </nav>
        <div className="catalog-editor">
          {service ? (
            <ServiceEditor catalog={draft} index={selected as number} update={update} language={language} />
          ) : (
            <GeneralEditor catalog={draft} update={update} />
          )}
        </div>
        {service && (
          <aside className="catalog-preview" aria-labelledby="preview-title">
            <h2 id="preview-title">
              <Message id="preview.title" />
            </h2>
            <SelectField<Language>
              label={<Message id="preview.language" />}
              value={previewLanguage}
              onChange={setPreviewLanguage}
              options={[
                { value: 'id', label: text('language.id') },
                { value: 'en', label: text('language.en') },
              ]}
              testId="preview-language"
            />
            <SelectField
              label={<Message id="preview.field" />}
              value={String(previewField)}
              onChange={(v) => setPreviewField(Number(v))}
              options={[...service.fields]
                .sort((a, b) => a.order - b.order)
                .map((f, i) => ({ value: String(i), label: `${i + 1}. ${f.code}`, data: true }))}
            />
            <KioskPreview catalog={draft} service={service} fieldIndex={previewField} language={previewLanguage} />
          </aside>
        )}
      </div>
      <div className="publish" aria-live="polite">
        {problems.state === 'checking' && (
          <p role="status">
            <Message id="catalog.checking" />
          </p>
        )}
        {problems.state === 'ok' && (
          <p role="status" data-testid="catalog-valid">
            <Message id="catalog.valid" />
          </p>
        )}
        {problems.state === 'invalid' && (
          <div className="error-note" data-testid="catalog-problems">
            <p>
              <Message id="catalog.invalid" values={{ count: problems.problems.length }} />
            </p>
            <ul className="hub-says" lang="en" translate="no">
              {problems.problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          </div>
        )}
        {problems.state === 'failed' && <ErrorNote error={problems.error} />}
        <TextField
          label={<Message id="catalog.note" />}
          value={note}
          onChange={setNote}
          maxLength={500}
          testId="publish-note"
        />
        <button
          type="button"
          className="primary"
          disabled={problems.state !== 'ok'}
          onClick={publish}
          data-testid="publish"
        >
          <Message id="catalog.publish" />
        </button>
        <button
          type="button"
          onClick={() => {
            edited.current = false;
            if (current) setDraft(structuredClone(current));
            setProblems({ state: 'ok' });
          }}
        >
          <Message id="catalog.discard" />
        </button>
        {done && (
          <p className="notice" role="status" data-testid="catalog-done">
            {done}
          </p>
        )}
        <ErrorNote error={error} />
      </div>
      <h2>
        <Message id="catalog.versions" />
      </h2>
      <ListTable
        testId="catalog-versions"
        caption="catalog.versions"
        columns={['catalog.version', 'catalog.publishedAt', 'catalog.publishedBy', 'catalog.note']}
        actions
      >
        {versions.map((v) => (
          <tr key={v.version}>
            <td>{v.version}</td>
            <td>{dateTime(intl, v.publishedAt)}</td>
            <td translate="no">{v.publishedBy ?? '–'}</td>
            <td translate="no">{v.note}</td>
            <td>
              {v.current ? (
                <strong>
                  <Message id="catalog.current" />
                </strong>
              ) : (
                <button type="button" onClick={() => makeCurrent(v.version)} data-testid={`make-current-${v.version}`}>
                  <Message id="catalog.makeCurrent" values={{ version: v.version }} />
                </button>
              )}
            </td>
          </tr>
        ))}
      </ListTable>
    </section>
  );
}
