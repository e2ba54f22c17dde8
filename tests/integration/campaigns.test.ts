// The appeal's settings in the database: drafts that two editors cannot silently overwrite, publishing with an audit
// entry, kept and restorable versions, the cached published copy (kept when the database fails), tests and their report.
import { beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { setDatabaseHandle, type DatabaseHandle } from '@/db/client';
import { appealAttributionCounts, appealDraft, appealTests, appealVersions, auditLog, checkoutSessions, contributions } from '@/db/schema';
import { getAppealDraft, saveAppealDraft } from '@/lib/campaigns/appeal-draft';
import { saveAppealTest, setAppealTestStatus } from '@/lib/campaigns/appeal-tests';
import { DEFAULT_APPEAL_CONFIG } from '@/lib/campaigns/default-appeal-config';
import { forgetPublishedAppeal, getPublishedAppeal } from '@/lib/campaigns/get-published-appeal';
import { getTestReport } from '@/lib/campaigns/get-test-report';
import { getAppealVersion, listAppealVersions, publishAppeal } from '@/lib/campaigns/publish-appeal';
import { testReportCsv } from '@/lib/campaigns/test-report-csv';
import { recordAppealEvents } from '@/lib/funnel/record-appeal-events';
import { useTestDatabase } from '../helpers/test-database';
import { euroAmountsTest } from './campaign-fixtures';

const withHeading = (heading: string) => ({ ...DEFAULT_APPEAL_CONFIG, heading });

const TEST = euroAmountsTest({ name: 'Lower monthly amounts', variantName: 'Lower amounts', monthly: { presets: [300, 500, 800], default: 500 } });

describe('campaigns in the database', () => {
  const database = useTestDatabase();

  describe('drafts', () => {
    beforeEach(async () => {
      await database().db.delete(appealDraft);
    });

    it('refuses a save from an older revision and names who saved meanwhile', async () => {
      const alice = await getAppealDraft(DEFAULT_APPEAL_CONFIG);
      const bob = await getAppealDraft(DEFAULT_APPEAL_CONFIG);
      expect(alice.revision).toBe(0);
      expect(await saveAppealDraft({ config: withHeading('Alice'), expectedRevision: alice.revision, actorEmail: 'alice@example.org' })).toEqual({ ok: true, revision: 1 });
      const clash = await saveAppealDraft({ config: withHeading('Bob'), expectedRevision: bob.revision, actorEmail: 'bob@example.org' });
      expect(clash).toEqual({ ok: false, conflict: { updatedBy: 'alice@example.org', updatedAt: expect.any(Date), revision: 1 } });
      expect((await getAppealDraft(DEFAULT_APPEAL_CONFIG)).config.heading).toBe('Alice');
      // Bob reloads, sees Alice's text, and saves on top of it.
      expect(await saveAppealDraft({ config: withHeading('Bob'), expectedRevision: 1, actorEmail: 'bob@example.org' })).toEqual({ ok: true, revision: 2 });
    });
  });

  describe('publishing', () => {
    it('keeps every version, writes the audit log, and is what readers get next', async () => {
      const { db } = database();
      await db.delete(appealDraft);
      const before = await getPublishedAppeal();
      const first = await publishAppeal({ config: withHeading('First'), expectedRevision: 0, actorEmail: 'editor@example.org' });
      expect(first.ok).toBe(true);
      expect((await getPublishedAppeal()).config.heading).toBe('First');
      const second = await publishAppeal({ config: withHeading('Second'), expectedRevision: 1, actorEmail: 'other@example.org' });
      expect(second.ok && (await getPublishedAppeal()).versionId).toBe(second.ok && second.versionId);
      expect(before.versionId).toBeNull();
      // A publish from a stale editor changes nothing.
      expect((await publishAppeal({ config: withHeading('Stale'), expectedRevision: 1, actorEmail: 'late@example.org' })).ok).toBe(false);

      const versions = await listAppealVersions({ limit: 10 });
      expect(versions.map((v) => [v.config.heading, v.publishedBy])).toEqual([['Second', 'other@example.org'], ['First', 'editor@example.org']]);
      const audit = await db.select().from(auditLog).where(eq(auditLog.action, 'appeal:publish')).orderBy(auditLog.id);
      expect(audit.map((a) => [a.actorEmail, a.filter])).toEqual([
        ['editor@example.org', { version: first.ok && first.versionId }],
        ['other@example.org', { version: second.ok && second.versionId }],
      ]);
    });

    it('restores an old version by publishing it again, audited as a restore', async () => {
      const { db } = database();
      const [oldest] = await db.select().from(appealVersions).orderBy(appealVersions.id).limit(1);
      const old = (await getAppealVersion(oldest.id))!;
      const draft = await getAppealDraft(DEFAULT_APPEAL_CONFIG);
      const restored = await publishAppeal({ config: old.config as typeof DEFAULT_APPEAL_CONFIG, expectedRevision: draft.revision, actorEmail: 'editor@example.org', restoredFromId: old.id });
      expect(restored.ok).toBe(true);
      expect((await getPublishedAppeal()).config.heading).toBe('First');
      expect((await getAppealDraft(DEFAULT_APPEAL_CONFIG)).config.heading).toBe('First');
      const [entry] = await db.select().from(auditLog).where(eq(auditLog.action, 'appeal:restore'));
      expect(entry.filter).toEqual({ version: restored.ok && restored.versionId, restoredFrom: old.id });
    });

    it('keeps serving the last good copy when the database cannot be read', async () => {
      forgetPublishedAppeal();
      const good = await getPublishedAppeal();
      const broken = { ...database(), db: new Proxy({}, { get: () => () => { throw new Error('connection refused'); } }) } as unknown as DatabaseHandle;
      setDatabaseHandle(broken);
      try {
        const later = await getPublishedAppeal({ now: Date.now() + 60_000 });
        expect(later).toEqual(good);
      } finally {
        setDatabaseHandle(database());
      }
    });
  });

  describe('tests and their report', () => {
    it('serves only live tests, and reports each variant from events, checkouts and payments', async () => {
      const { db } = database();
      const saved = await saveAppealTest({ definition: TEST, actorEmail: 'editor@example.org' });
      expect(saved.ok).toBe(true);
      if (!saved.ok) return;
      expect((await getPublishedAppeal()).tests).toEqual([]);
      expect(await setAppealTestStatus({ id: saved.id, status: 'live', actorEmail: 'editor@example.org' })).toBe(true);
      expect((await getPublishedAppeal()).tests.map((t) => t.id)).toEqual([saved.id]);
      expect((await saveAppealTest({ id: saved.id, definition: TEST, expectedRevision: saved.revision, actorEmail: 'x@example.org' })).ok).toBe(false);

      await recordAppealEvents({
        counts: [],
        attribution: [
          { kind: 'impression', testId: saved.id, variant: 'control', utmSource: '', referrerHost: '', count: 1000 },
          { kind: 'impression', testId: saved.id, variant: 'low', utmSource: 'newsletter', referrerHost: '', count: 1000 },
          { kind: 'continue', testId: saved.id, variant: 'low', utmSource: '', referrerHost: '', count: 60 },
          { kind: 'impression', testId: saved.id, variant: 'made-up', utmSource: '', referrerHost: '', count: 5 },
          { kind: 'impression', testId: 999, variant: 'control', utmSource: '', referrerHost: '', count: 5 },
        ],
        now: new Date('2026-06-01T12:00:00Z'),
        timeZone: 'UTC',
      });
      const stray = await db.select().from(appealAttributionCounts).where(eq(appealAttributionCounts.testId, 999));
      expect(stray).toEqual([]);

      const session = (id: string, variant: string, status: string, frequency: 'once' | 'monthly', amount: number) =>
        ({ stripeCheckoutSessionId: id, frequency, amount, currency: 'eur', status, appealTestId: saved.id, appealVariant: variant });
      await db.insert(checkoutSessions).values([
        session('cs_c1', 'control', 'complete', 'monthly', 800),
        session('cs_c2', 'control', 'open', 'monthly', 800),
        session('cs_l1', 'low', 'complete', 'monthly', 500),
        session('cs_l2', 'low', 'complete', 'once', 2000),
      ]);
      await db.insert(contributions).values([
        { stripeCheckoutSessionId: 'cs_c1', frequency: 'monthly', amount: 800, currency: 'eur', status: 'paid', paidAt: new Date(), appealTestId: saved.id, appealVariant: 'control' },
        { stripeCheckoutSessionId: 'cs_l1', frequency: 'monthly', amount: 500, currency: 'eur', status: 'paid', paidAt: new Date(), appealTestId: saved.id, appealVariant: 'low' },
        { stripeCheckoutSessionId: 'cs_l2', frequency: 'once', amount: 2000, currency: 'eur', status: 'paid', paidAt: new Date(), appealTestId: saved.id, appealVariant: 'low' },
      ]);

      const report = await getTestReport({ testId: saved.id, test: TEST });
      const [control, low] = report.variants;
      expect(control).toMatchObject({ key: 'control', impressions: 1000, continues: 0, checkouts: 2, payments: 1, raised: [{ currency: 'eur', amount: 800 }], newRecurring: [{ currency: 'eur', amount: 800 }] });
      expect(low).toMatchObject({ key: 'low', impressions: 1000, continues: 60, checkouts: 2, payments: 2, raised: [{ currency: 'eur', amount: 2500 }], newRecurring: [{ currency: 'eur', amount: 500 }] });
      expect(low.conversion?.rate).toBe(0.002);
      expect(low.chanceToBeatControl).toBeGreaterThan(0.5);
      // Two payments are far below the minimum sample: no winner yet.
      expect(report.winner).toBeNull();
      const csv = testReportCsv(report).trim().split('\r\n');
      expect(csv[0]).toBe('variant,name,impressions,continue_presses,checkouts_started,payments,conversion,conversion_low_95,conversion_high_95,chance_to_beat_control,currency,raised,new_recurring_monthly');
      expect(csv[2]).toMatch(/^low,Lower amounts,1000,60,2,2,0\.002000,[\d.]+,[\d.]+,0\.\d{4},eur,25\.00,5\.00$/);
      await db.delete(appealTests);
    });
  });
});
