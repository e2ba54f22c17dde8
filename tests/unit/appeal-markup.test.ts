// The appeal's markup as cached pages and the embed serve it, and the <head> script that picks the reader's block.
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { renderAppealSlot, type AppealSlotInput } from '@/lib/appeal/render-appeal-slot';
import { readerStateScript } from '@/lib/appeal/reader-state-script';
import { DEFAULT_APPEAL_CONFIG } from '@/lib/campaigns/default-appeal-config';

const input: AppealSlotInput = {
  placement: 'article-end',
  articleSlug: 'river-bridge-repairs-delayed',
  section: 'News',
  locale: 'en',
  base: '',
  publicationName: 'The Millbrook Ledger',
  config: DEFAULT_APPEAL_CONFIG,
  variants: [],
  tests: [],
  reminder: { months: [{ value: '2027-01', label: 'January 2027' }], defaultMonth: '2027-01' },
  returnPath: '/articles/river-bridge-repairs-delayed',
  offerReminder: true,
  deferDays: 30,
};

describe('the appeal\'s markup', () => {
  const html = renderAppealSlot(input);

  it('holds every offered currency and frequency, each group with its default checked, for CSS to choose from', () => {
    for (const c of DEFAULT_APPEAL_CONFIG.currencies) {
      for (const f of DEFAULT_APPEAL_CONFIG.frequencies) {
        const group = new RegExp(`<div class="rr-amounts[^"]*" data-c="${c}" data-f="${f}"[^>]*>(.*?)</div>`).exec(html);
        expect(group, `${c} ${f}`).not.toBeNull();
        expect(group![1].match(/ checked/g)?.length, `${c} ${f}`).toBe(1);
      }
    }
    expect(html).toContain('name="frequency" value="monthly" checked');
    // The letter's "starting from just" names the minimum once per currency.
    expect(html).toContain('<span class="rr-money" data-c="eur">€2</span>');
    expect(html).toContain('<span class="rr-money" data-c="gbp">£2</span>');
  });

  it('offers SEPA Direct Debit only with euros, and every form posts to this site (or to it from the embed)', () => {
    expect(html).toMatch(/<li data-c="eur"><svg role="img" aria-label="SEPA Direct Debit"/);
    expect(html).toContain('action="/support/checkout"');
    expect(renderAppealSlot({ ...input, base: 'https://news.example.org', placement: 'embed' })).toContain('action="https://news.example.org/support/checkout"');
  });

  it('escapes whatever staff write, and carries no executable script', () => {
    const planted = { ...DEFAULT_APPEAL_CONFIG, heading: 'Help us <img src=x onerror=alert(1)>', paragraphs: ['"</script><script>alert(1)</script>'] };
    const out = renderAppealSlot({ ...input, config: planted });
    expect(out).not.toContain('<img src=x');
    expect(out).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(out.match(/<script\b[^>]*>/g)).toEqual(['<script type="application/json" data-rr-data="">']);
    const data = /<script type="application\/json" data-rr-data="">(.*?)<\/script>/.exec(out)![1];
    expect(data).not.toContain('<');
  });

  it('pins the deferred block after a plain "Remind me later", and the full appeal on the support page', () => {
    expect(renderAppealSlot({ ...input, formState: { justDeferred: true } })).toMatch(/data-force="deferred"[^>]* data-just-deferred=""/);
    expect(renderAppealSlot({ ...input, placement: 'support-page', offerReminder: false, force: 'full' })).not.toContain('Remind me later');
  });
});

describe('the <head> script', () => {
  function run(cookie: string, dataset: Record<string, string>, languages = ['en-GB']) {
    const root = { dataset: {} as Record<string, string> };
    const document = { documentElement: root, cookie, currentScript: { dataset }, addEventListener: () => {} };
    const context = { document, navigator: { languages, language: languages[0] }, window: {} as Record<string, unknown>, location: { protocol: 'http:' }, Date, Number, RegExp };
    vm.runInNewContext(readerStateScript(), context);
    return { attributes: root.dataset, window: context.window };
  }

  it('runs from its own source text and puts the reader\'s state on <html>', () => {
    expect(run('', { offered: 'usd,eur,gbp', hide: '90' }).attributes).toEqual({ rrSignedIn: 'no', rrAppeal: 'full', rrCurrency: 'gbp' });
    const later = String(Date.now() + 86_400_000);
    expect(run(`rr_appeal_deferred=${later}; rr_signed_in=1`, { offered: 'usd', hide: '90' }).attributes).toEqual({ rrSignedIn: 'yes', rrAppeal: 'deferred', rrCurrency: 'usd' });
    expect(run(`rr_appeal_gave=once:${Date.now()}`, { offered: 'usd', hide: '90', cap: '3/7' }).attributes).toMatchObject({ rrAppeal: 'supporter', rrCap: '3/7' });
    expect(typeof run('', { offered: 'usd' }).window.rrReaderState).toBe('function');
  });
});
