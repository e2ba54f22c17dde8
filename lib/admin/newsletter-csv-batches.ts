// Confirmed newsletter subscribers (never pending or unsubscribed addresses), as CSV rows in batches.
import { and, asc, eq, gt } from 'drizzle-orm';
import { db } from '@/db/client';
import { newsletterSubscribers } from '@/db/schema';
import type { CsvBatches } from './stream-csv-export';

export const NEWSLETTER_CSV_HEADER = ['email', 'confirmed_at', 'consent_at', 'source_page'];

export function newsletterCsvBatches(batchSize = 1000): CsvBatches {
  let afterId = 0;
  let done = false;
  return {
    header: NEWSLETTER_CSV_HEADER,
    async next() {
      if (done) return null;
      const rows = await db
        .select({ id: newsletterSubscribers.id, email: newsletterSubscribers.email, confirmedAt: newsletterSubscribers.confirmedAt, consentAt: newsletterSubscribers.consentAt, sourcePage: newsletterSubscribers.sourcePage })
        .from(newsletterSubscribers)
        .where(and(eq(newsletterSubscribers.status, 'confirmed'), gt(newsletterSubscribers.id, afterId)))
        .orderBy(asc(newsletterSubscribers.id))
        .limit(batchSize);
      if (rows.length < batchSize) done = true;
      if (rows.length === 0) return null;
      afterId = rows[rows.length - 1].id;
      return rows.map((r) => [r.email, r.confirmedAt, r.consentAt, r.sourcePage]);
    },
  };
}
