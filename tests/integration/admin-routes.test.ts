// Every /api/admin route as anonymous, reader, staff and admin; and bad input answered with a clear 400.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import * as summary from '@/app/api/admin/summary/route';
import * as supportersApi from '@/app/api/admin/supporters/route';
import * as exportSupporters from '@/app/api/admin/exports/supporters/route';
import * as exportContributions from '@/app/api/admin/exports/contributions/route';
import * as exportNewsletter from '@/app/api/admin/exports/newsletter/route';
import * as staffApi from '@/app/api/admin/staff/route';
import * as appealPreview from '@/app/api/admin/appeal/preview/route';
import { useTestDatabase } from '../helpers/test-database';
import { createSignedInUser, requestAs } from './admin-session-helper';
import { insertReportHistory } from './report-history';

type Route = { file: string; method: 'GET' | 'POST'; url: string; handler: (request: Request) => Promise<Response>; role: 'staff' | 'admin'; body?: string };

const routes: Route[] = [
  { file: 'appeal/preview', method: 'GET', url: '/api/admin/appeal/preview?version=draft', handler: appealPreview.GET, role: 'staff' },
  { file: 'summary', method: 'GET', url: '/api/admin/summary?from=2026-10-01&to=2026-10-31&currency=usd', handler: summary.GET, role: 'staff' },
  { file: 'supporters', method: 'GET', url: '/api/admin/supporters', handler: supportersApi.GET, role: 'staff' },
  { file: 'exports/supporters', method: 'GET', url: '/api/admin/exports/supporters', handler: exportSupporters.GET, role: 'staff' },
  { file: 'exports/contributions', method: 'GET', url: '/api/admin/exports/contributions?from=2026-10-01&to=2026-10-31', handler: exportContributions.GET, role: 'staff' },
  { file: 'exports/newsletter', method: 'GET', url: '/api/admin/exports/newsletter', handler: exportNewsletter.GET, role: 'staff' },
  { file: 'staff', method: 'POST', url: '/api/admin/staff', handler: staffApi.POST, role: 'admin', body: 'email=new.staff%40example.org&role=staff' },
];

function call(route: Route, cookie: string | null, url = route.url): Promise<Response> {
  const init: RequestInit = { method: route.method };
  if (route.body) init.body = route.body;
  const headers: Record<string, string> = { accept: 'application/json' };
  if (route.body) Object.assign(headers, { 'content-type': 'application/x-www-form-urlencoded', origin: 'http://localhost:3000' });
  return route.handler(requestAs(cookie, url, { ...init, headers }));
}

describe('/api/admin authorisation', () => {
  const database = useTestDatabase();
  const cookies: Record<string, string> = {};
  beforeAll(async () => {
    await insertReportHistory(database().db);
    for (const role of ['reader', 'staff', 'admin'] as const) cookies[role] = (await createSignedInUser({ email: `${role}@example.org`, role })).cookie;
  });

  it('covers every route file under app/api/admin', () => {
    const root = path.resolve('app/api/admin');
    const found = fs.readdirSync(root, { recursive: true }).map(String).filter((f) => f.endsWith('route.ts')).map((f) => path.dirname(f)).sort();
    expect(found).toEqual(routes.map((r) => r.file).sort());
  });

  for (const route of routes) {
    it(`${route.method} ${route.file}: 401 anonymous, 403 reader${route.role === 'admin' ? ' and staff' : ''}, allowed for ${route.role}`, async () => {
      const anonymous = await call(route, null);
      expect(anonymous.status).toBe(401);
      expect(await anonymous.json()).toEqual({ error: { field: null, message: 'Sign in to continue.' } });
      expect((await call(route, cookies.reader)).status).toBe(403);
      expect((await call(route, cookies.staff)).status).toBe(route.role === 'admin' ? 403 : 200);
      expect((await call(route, cookies.admin)).status).toBe(200);
    });
  }

  it('the summary matches the dashboard for the same session', async () => {
    const response = await summary.GET(requestAs(cookies.staff, '/api/admin/summary?from=2026-10-01&to=2026-10-31&currency=usd'));
    const body = await response.json();
    expect(body.range).toMatchObject({ from: '2026-10-01', to: '2026-10-31' });
    expect(body.summaries).toHaveLength(1);
    expect(body.summaries[0]).toMatchObject({ currency: 'usd', netRaised: 18000, mrr: 2000, arr: 24000 });
  });

  it('answers bad input with 400 and a message that says what to fix', async () => {
    const bad = async (handler: (r: Request) => Promise<Response>, url: string) => {
      const response = await handler(requestAs(cookies.staff, url));
      expect(response.status).toBe(400);
      return ((await response.json()) as { error: { message: string } }).error.message;
    };
    expect(await bad(summary.GET, '/api/admin/summary?from=last-week&to=2026-10-31')).toMatch(/not a date/);
    expect(await bad(summary.GET, '/api/admin/summary?from=2026-11-01&to=2026-10-01')).toMatch(/after the end date/);
    expect(await bad(summary.GET, '/api/admin/summary?from=2019-01-01&to=2026-10-01')).toMatch(/longer than 5 years/);
    expect(await bad(summary.GET, '/api/admin/summary?from=2026-10-01&to=2026-10-31&currency=zzz')).toMatch(/not a currency/);
    expect(await bad(supportersApi.GET, '/api/admin/supporters?limit=5000')).toMatch(/at most 100/);
    expect(await bad(supportersApi.GET, '/api/admin/supporters?limit=ten')).toMatch(/whole number/);
    expect(await bad(supportersApi.GET, '/api/admin/supporters?status=happy')).toMatch(/Status must be/);
    const forged = Buffer.from(JSON.stringify(['not a date', 1])).toString('base64url');
    expect(await bad(supportersApi.GET, `/api/admin/supporters?cursor=${forged}`)).toMatch(/page link is not valid/);
    expect(await bad(exportContributions.GET, '/api/admin/exports/contributions?from=2026-10-01&to=nope')).toMatch(/not a date/);
  });

  it('refuses a staff change posted from another site', async () => {
    const response = await staffApi.POST(requestAs(cookies.admin, '/api/admin/staff', {
      method: 'POST', body: 'email=x%40example.org&role=admin', headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://evil.example' },
    }));
    expect(response.status).toBe(403);
  });
});
