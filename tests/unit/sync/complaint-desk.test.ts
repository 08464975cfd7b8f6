import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateCatalog, CatalogError } from '../../../sync/catalog-check.ts';
import { canAdvance, nextStep } from '../../../sync/complaint-stages.ts';
import { ComplaintFiled, SurveyAnswered } from '../../../sync/voice-events.ts';
import { SyncEvent } from '../../../sync/events.ts';
import { StatusChange } from '../../../sync/feed.ts';
import { complaintFiled } from '../../fixtures/complaint-event.ts';

const bundled = JSON.parse(
  readFileSync(new URL('../../../main/catalog/bundled/catalog.json', import.meta.url), 'utf8'),
) as Record<string, unknown> & { complaints: { topics: Array<Record<string, unknown>> } };

function problemsOf(catalog: unknown): string[] {
  try {
    validateCatalog(catalog, 'test.json');
    return [];
  } catch (error) {
    return [...(error as CatalogError).problems];
  }
}

describe('the catalog’s complaint desk', () => {
  it('takes the bundled topic tree', () => {
    const catalog = validateCatalog(bundled, 'catalog.json');
    expect(catalog.complaints?.topics.map((t) => t.code)).toContain('jalan');
    expect(catalog.complaints?.maxLength).toBe(1000);
  });

  it('names a topic code used twice under the same topic, and a tree too deep for the kiosk', () => {
    const topics = structuredClone(bundled.complaints.topics);
    topics.push({ code: 'jalan', name: { id: 'Jalan', en: 'Roads' } });
    const deep = { code: 'a', name: { id: 'A', en: 'A' } };
    let node: Record<string, unknown> = deep;
    for (const code of ['b', 'c', 'd', 'e']) {
      const child = { code, name: { id: code, en: code } };
      node.topics = [child];
      node = child;
    }
    topics.push(deep);
    const problems = problemsOf({ ...bundled, complaints: { ...bundled.complaints, topics } });
    expect(problems).toEqual([
      'Catalog test.json: complaint topic "jalan": the topic code is used twice under the same topic; give each its own code.',
      'Catalog test.json: complaint topic "a/b/c/d": topics may be at most 4 levels deep; move the narrower topics up.',
    ]);
  });

  it('asks for a privacy notice, as a named complaint takes personal data', () => {
    const { privacy: _privacy, services, ...rest } = bundled;
    const [first] = services as Array<Record<string, unknown>>;
    const noPersonal = {
      ...first,
      fields: [{ code: 'catatan', datatype: 'string', required: false, order: 1, description: { id: 'C', en: 'N' } }],
    };
    expect(problemsOf({ ...rest, services: [noPersonal] })).toEqual([
      'Catalog test.json: complaint topic "topics": a named complaint asks for personal data, so the catalog needs a "privacy" notice (version, purpose, recipients, rights, contact); add one.',
    ]);
  });
});

describe('LAPOR! stages', () => {
  it('moves forward only, skipping where it must, and stops at closed', () => {
    expect(canAdvance('received', 'verified')).toBe(true);
    expect(canAdvance('verified', 'answered')).toBe(true);
    expect(canAdvance('answered', 'forwarded')).toBe(false);
    expect(canAdvance('closed', 'closed')).toBe(false);
  });

  it('counts its deadlines in working days: verified in 3, answered 5 after forwarding, closed 10 after an answer', () => {
    // Filed on a Friday: Monday, Tuesday, Wednesday.
    expect(nextStep('received', '2026-11-27', '2026-11-27')).toEqual({ step: 'verify', by: '2026-12-02' });
    expect(nextStep('verified', '2026-11-27', '2026-11-30')).toBeNull();
    expect(nextStep('forwarded', '2026-11-27', '2026-12-01')).toEqual({ step: 'answer', by: '2026-12-08' });
    expect(nextStep('answered', '2026-11-27', '2026-12-08')).toEqual({ step: 'close', by: '2026-12-22' });
    expect(nextStep('closed', '2026-11-27', '2026-12-22')).toBeNull();
  });

  it('travel in the status feed beside requests’ statuses', () => {
    const change = { position: 1, trackingCode: 'K3A7H2M4XADC', changedAt: '2026-11-29T10:00:00+07:00', note: null };
    expect(StatusChange.safeParse({ ...change, status: 'forwarded' }).success).toBe(true);
    expect(StatusChange.safeParse({ ...change, status: 'ready' }).success).toBe(true);
    expect(StatusChange.safeParse({ ...change, status: 'lost' }).success).toBe(false);
  });
});

describe('voice events', () => {
  const complaint = complaintFiled('K3A7H2M4XADC', '2026-11-29T10:00:00+07:00', {
    identity: 'anonymous',
    reporter: null,
    place: null,
  });

  it('take an anonymous complaint only without a reporter, and a named one only with one', () => {
    expect(ComplaintFiled.safeParse(complaint).success).toBe(true);
    expect(ComplaintFiled.safeParse({ ...complaint, identity: 'named' }).success).toBe(false);
    const reporter = { nik: '3273015708850002', name: 'PUTRI', phone: '+6281234567890' };
    expect(ComplaintFiled.safeParse({ ...complaint, identity: 'confidential', reporter }).success).toBe(true);
    expect(ComplaintFiled.safeParse({ ...complaint, reporter }).success).toBe(false);
  });

  it('check a survey’s scores by element code and its profile by band', () => {
    const survey = {
      answeredAt: '2026-11-29T10:00:00+07:00',
      answeredOn: '2026-11-29',
      aboutCode: null,
      serviceCode: null,
      language: 'en',
      scores: { U1: 4, U2: 3, U3: 3, U4: null, U5: 4, U6: 4, U7: 4, U8: 3, U9: 2 },
      profile: { sex: 'female', ageBand: '30to39', education: null, occupation: 'other' },
      suggestion: null,
    };
    const event = { seq: 7, kind: 'survey.answered', at: survey.answeredAt, data: survey };
    expect(SyncEvent.safeParse(event).success).toBe(true);
    expect(SyncEvent.safeParse({ ...event, data: { ...survey, scores: { ...survey.scores, U9: 5 } } }).success).toBe(
      false,
    );
    expect(SurveyAnswered.safeParse({ ...survey, profile: { ...survey.profile, ageBand: '34' } }).success).toBe(false);
  });
});
