// Values that reach SQL are checked to PostgreSQL's own rules first (JavaScript accepts more: Date.parse takes
// "2026-02-30", Number takes 1e20): each crafted value gets a clear 400 or 404, never a 500, and writes nothing.
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { appealTests } from '@/db/schema';
import { seedContent } from '@/db/seed/seed-content';
import * as supportersApi from '@/app/api/admin/supporters/route';
import * as exportSupporters from '@/app/api/admin/exports/supporters/route';
import * as summary from '@/app/api/admin/summary/route';
import * as testSave from '@/app/(staff)/admin/appeal/tests/save/route';
import * as testStatus from '@/app/(staff)/admin/appeal/tests/status/route';
import * as testReport from '@/app/(staff)/admin/appeal/tests/[id]/report/route';
import * as versionRestore from '@/app/(staff)/admin/appeal/versions/restore/route';
import { getRoleByEmail } from '@/lib/admin/list-staff';
import { listSupporters } from '@/lib/admin/list-supporters';
import { parseSupporterFilters } from '@/lib/admin/parse-supporter-filters';
import { getArticleBySlug } from '@/lib/articles/get-article-by-slug';
import { listMailboxMessages } from '@/lib/email/list-mailbox-messages';
import { testToFormFields } from '@/lib/campaigns/test-form';
import { useTestDatabase } from '../helpers/test-database';
import { createSignedInUser, requestAs } from './admin-session-helper';
import { insertReportHistory } from './report-history';

const ORIGIN = 'http://localhost:3000';
const cursor = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('values that reach SQL', () => {
  const database = useTestDatabase();
  let staff = '';
  beforeAll(async () => {
    await seedContent(database().db);
    await insertReportHistory(database().db);
    staff = (await createSignedInUser({ email: 'editor@example.org', role: 'staff' })).cookie;
  });

  const get = (handler: (r: Request) => Promise<Response>, url: string) => handler(requestAs(staff, url, { headers: { accept: 'application/json' } }));
  const post = (handler: (r: Request) => Promise<Response>, url: string, fields: Record<string, string>) =>
    handler(requestAs(staff, url, { method: 'POST', headers: { accept: 'application/json', 'content-type': 'application/x-www-form-urlencoded', origin: ORIGIN }, body: new URLSearchParams(fields).toString() }));

  const crafted: [string, string][] = [
    ['a day that does not exist', cursor(['2026-02-30', 1])],
    ['a date Date.parse reads and PostgreSQL does not', cursor(['1 1', 1])],
    ['a bare number', cursor(1e20)],
    ['an id of 1e20', cursor(['2026-01-01T00:00:00.000Z', 1e20])],
    ['an id just past integer', cursor(['2026-01-01T00:00:00.000Z', 2_147_483_648])],
    ['a negative id', cursor(['2026-01-01T00:00:00.000Z', -1])],
    ['a year PostgreSQL cannot hold', cursor(['-271821-04-20T00:00:00.000Z', 1])],
    ['year 1', cursor(['0001-01-01T00:00:00.000Z', 1])],
    ['the largest date JavaScript has', cursor(['+275760-09-13T00:00:00.000Z', 1])],
    ['a date with a time zone name', cursor(['2026-01-01 00:00:00 PST', 1])],
  ];
  for (const [what, value] of crafted) {
    it(`a supporters-list cursor with ${what} is a 400, in every sort that reads it`, async () => {
      for (const route of [supportersApi.GET, exportSupporters.GET]) {
        const response = await get(route, `/api/admin/supporters?cursor=${value}`);
        if (route === exportSupporters.GET) expect(response.status).not.toBe(500); // the export starts from the first page
        else expect(response.status).toBe(400);
      }
      expect((await get(supportersApi.GET, `/api/admin/supporters?sort=oldest&cursor=${value}`)).status).toBe(400);
    });
  }

  it('an email-order cursor or a search with a NUL byte or a lone surrogate is a 400', async () => {
    // A query string cannot carry a lone surrogate (it becomes U+FFFD); a cursor's JSON can.
    for (const value of ['a\u0000b', 'a\ud800', '\udc00']) {
      expect((await get(supportersApi.GET, `/api/admin/supporters?sort=email&cursor=${cursor([value, 1])}`)).status).toBe(400);
    }
    expect(parseSupporterFilters(new URLSearchParams([['q', 'a\u0000b']])).ok).toBe(false);
    expect((await get(supportersApi.GET, '/api/admin/supporters?q=a%00b')).status).toBe(400);
    // Unicode a search may hold, and a cursor the list itself wrote, still work.
    expect((await get(supportersApi.GET, `/api/admin/supporters?q=${encodeURIComponent('Zoë 😀')}`)).status).toBe(200);
    const first = parseSupporterFilters(new URLSearchParams('limit=2'));
    if (!first.ok) throw new Error(first.message);
    const page = await listSupporters(first.filters);
    expect((await get(supportersApi.GET, `/api/admin/supporters?limit=2&cursor=${page.nextCursor}`)).status).toBe(200);
  });

  it('report dates PostgreSQL or the period arithmetic cannot hold are a 400', async () => {
    for (const [from, to] of [['9998-01-01', '9999-12-31'], ['0001-01-01', '0001-01-31'], ['0000-01-01', '0000-01-02'], ['1899-12-01', '1899-12-31']]) {
      const response = await get(summary.GET, `/api/admin/summary?from=${from}&to=${to}`);
      expect(response.status).toBe(400);
      expect(((await response.json()) as { error: { message: string } }).error.message).toMatch(/Choose a date from 1900-01-01 to 9998-12-31/);
    }
    expect((await get(summary.GET, '/api/admin/summary?from=9998-12-01&to=9998-12-31')).status).toBe(200);
  });

  it('ids past the integer range in paths and forms are a 400 or 404, and change nothing', async () => {
    const before = await db.select().from(appealTests);
    for (const id of ['99999999999', '2147483648', '1e20', '-1', '0x10', '1.5']) {
      const report = await testReport.GET(requestAs(staff, `/admin/appeal/tests/${id}/report`, { headers: { accept: 'application/json' } }), { params: Promise.resolve({ id }) });
      expect(report.status).toBe(404);
      // zod reads "0x10" as 16, a real id that names no test.
      expect((await post(testStatus.POST, '/admin/appeal/tests/status', { id, status: 'live' })).status).toBe(id === '0x10' ? 404 : 400);
      expect((await post(versionRestore.POST, '/admin/appeal/versions/restore', { version: id, revision: '0' })).status).toBe(id === '0x10' ? 404 : 400);
      if (id !== '0x10') expect((await post(versionRestore.POST, '/admin/appeal/versions/restore', { version: '1', revision: id === '-1' ? '2147483648' : id })).status).toBe(400);
      const fields = { ...testToFormFields(null, new Date('2026-01-01T00:00:00Z')), id, revision: '1' };
      expect((await post(testSave.POST, '/admin/appeal/tests/save', fields)).status).toBe(400);
    }
    const fields = { ...testToFormFields(null, new Date('2026-01-01T00:00:00Z')), id: '1', revision: 'NaN' };
    expect((await post(testSave.POST, '/admin/appeal/tests/save', fields)).status).toBe(400);
    expect(await db.select().from(appealTests)).toEqual(before);
  });

  it('text PostgreSQL cannot store is refused by the one route wrapper before any parser sees it', async () => {
    const base = testToFormFields(null, new Date('2026-01-01T00:00:00Z'));
    for (const bad of ['local\u0000news', 'local\ud800']) {
      const response = await staffJson(testSave.POST, '/admin/appeal/tests/save', { ...base, name: 'A test', sections: bad });
      expect(response.status).toBe(400);
      expect(((await response.json()) as { error: { field: string } }).error.field).toBe('sections');
    }
    expect((await post(testSave.POST, '/admin/appeal/tests/save?x=%00', { ...base, name: 'A test' })).status).toBe(400);
    expect(await db.select().from(appealTests)).toEqual([]);
  });

  it('a slug, a mailbox filter or a staff address with a NUL byte finds nothing instead of reaching SQL', async () => {
    expect(await getArticleBySlug('old-river\u0000bridge')).toBeNull();
    expect(await getArticleBySlug('Old-River-Bridge')).toBeNull();
    expect(await listMailboxMessages({ to: 'a\u0000@example.org' })).toEqual([]);
    expect(await getRoleByEmail('editor@example.org\u0000')).toBeNull();
    expect(await getRoleByEmail(' Editor@Example.org ')).toBe('staff');
  });

  /** A JSON body, which can carry a lone surrogate that a form's percent-encoding cannot. */
  function staffJson(handler: (r: Request) => Promise<Response>, url: string, fields: Record<string, string>) {
    return handler(requestAs(staff, url, { method: 'POST', headers: { accept: 'application/json', 'content-type': 'application/json', origin: ORIGIN }, body: JSON.stringify(fields) }));
  }
});
