// CSV exports: the right rows for the filter, safe cells, streamed in batches, and each one in the audit log.
import { desc, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog, newsletterSubscribers, supporters } from '@/db/schema';
import * as exportSupporters from '@/app/api/admin/exports/supporters/route';
import * as exportContributions from '@/app/api/admin/exports/contributions/route';
import * as exportNewsletter from '@/app/api/admin/exports/newsletter/route';
import { contributionCsvBatches } from '@/lib/admin/contribution-csv-batches';
import { useTestDatabase } from '../helpers/test-database';
import { createSignedInUser, requestAs } from './admin-session-helper';
import { insertReportHistory } from './report-history';

const lines = (csv: string) => csv.replace(/^\uFEFF/, '').trimEnd().split('\r\n');

describe('CSV exports', () => {
  const database = useTestDatabase();
  let cookie = '';
  beforeAll(async () => {
    await insertReportHistory(database().db);
    cookie = (await createSignedInUser({ email: 'exporter@example.org', role: 'staff' })).cookie;
  });

  it('exports October’s US dollar contributions in New York time and records who asked', async () => {
    const response = await exportContributions.GET(requestAs(cookie, '/api/admin/exports/contributions?from=2026-10-01&to=2026-10-31&currency=usd'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="contributions-2026-10-01-to-2026-10-31.csv"');
    const rows = lines(await response.text());
    expect(rows[0]).toBe('contribution_id,date,supporter_email,supporter_name,frequency,amount,currency,amount_refunded,status,paid_at,failed_at,refunded_at,disputed_at,placement,article,stripe_payment_intent,stripe_invoice');
    // 5 one-off + 3 recurring paid in October, and the failed renewal.
    expect(rows).toHaveLength(1 + 9);
    expect(rows.some((r) => r.includes(',2000.00,') || r.includes(',20.00,usd,20.00,refunded'))).toBe(true);
    expect(rows.filter((r) => r.includes(',failed,'))).toHaveLength(1);
    const [entry] = await database().db.select().from(auditLog).orderBy(desc(auditLog.id)).limit(1);
    expect(entry).toMatchObject({ actorEmail: 'exporter@example.org', action: 'export:contributions', rowCount: 9 });
    expect(entry.filter).toMatchObject({ from: '2026-10-01', to: '2026-10-31', currency: 'usd' });
  });

  it('exports the supporters matching the list filters, with formulas neutralised', async () => {
    await database().db.update(supporters).set({ name: '=HYPERLINK("http://evil")' }).where(sql`email = 's7@example.org'`);
    const response = await exportSupporters.GET(requestAs(cookie, '/api/admin/exports/supporters?frequency=annual&sort=email'));
    const rows = lines(await response.text());
    expect(rows.slice(1).map((r) => r.split(',')[1])).toEqual(['s10@example.org', 's7@example.org']);
    expect(rows.find((r) => r.includes('s7@example.org'))).toContain(`"'=HYPERLINK(""http://evil"")"`);
    const [entry] = await database().db.select().from(auditLog).orderBy(desc(auditLog.id)).limit(1);
    expect(entry).toMatchObject({ action: 'export:supporters', rowCount: 2, filter: { frequency: 'annual', sort: 'email' } });
  });

  it('exports only confirmed newsletter subscribers', async () => {
    const consentAt = new Date('2026-10-01T12:00:00Z');
    await database().db.insert(newsletterSubscribers).values([
      { email: 'yes@example.org', status: 'confirmed', consentAt, confirmedAt: consentAt },
      { email: 'pending@example.org', status: 'pending', consentAt },
      { email: 'gone@example.org', status: 'unsubscribed', consentAt, unsubscribedAt: consentAt },
    ]);
    const rows = lines(await (await exportNewsletter.GET(requestAs(cookie, '/api/admin/exports/newsletter'))).text());
    expect(rows.slice(1).map((r) => r.split(',')[0])).toEqual(['yes@example.org']);
  });

  it('reads contributions in batches that together hold every row once', async () => {
    const batches = contributionCsvBatches({ start: new Date('2026-01-01T00:00:00Z'), end: new Date('2027-01-01T00:00:00Z'), currency: null, frequency: null, status: null }, 4);
    const ids: number[] = [];
    for (let batch = await batches.next(); batch; batch = await batches.next()) {
      expect(batch.length).toBeLessThanOrEqual(4);
      ids.push(...batch.map((r) => Number(r[0])));
    }
    expect(ids).toHaveLength(14);
    expect(new Set(ids).size).toBe(14);
  });
});
