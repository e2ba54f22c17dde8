// The thank-you email on a supporter's first gift, with a link to their account. Once per supporter, ever.
import { eq } from 'drizzle-orm';
import type { Database, Transaction } from '@/db/client';
import { supporters } from '@/db/schema';
import { getConfig } from '@/lib/config';
import { escapeHtml } from '@/lib/email/escape-html';
import { queueEmails } from '@/lib/email/queue-emails';
import { formatMoney } from '@/lib/support/format-money';

export type ThankYouInput = {
  supporterId: number;
  amount: number;
  currency: string;
  frequency: 'once' | 'monthly' | 'annual';
  now?: Date;
};

export function renderThankYouEmail(options: { publicationName: string; appUrl: string; name: string | null; gift: string; frequency: ThankYouInput['frequency'] }) {
  const { publicationName, appUrl, gift } = options;
  const what = options.frequency === 'once' ? `your gift of ${gift}` : `your ${options.frequency} support of ${gift}`;
  const greeting = options.name ? `Dear ${options.name},` : 'Hello,';
  const lines = [
    `Thank you for ${what}. Readers like you keep ${publicationName} independent.`,
    'Your account shows every payment with its receipt. There you can change or stop your support at any time, and download or delete your data.',
    `To open it, sign in with this email address at ${appUrl}/account; we send you a link, no password needed.`,
  ];
  const subject = `Thank you for supporting ${publicationName}`;
  const text = [greeting, '', ...lines.flatMap((l) => [l, '']), `Your account: ${appUrl}/account`, '', `${publicationName}`].join('\n');
  const esc = escapeHtml;
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(subject)}</title></head>
<body style="font-family:Georgia,serif;color:#1a1a1a;max-width:560px;margin:0 auto;padding:24px">
<p>${esc(greeting)}</p>
${lines.map((l) => `<p>${esc(l)}</p>`).join('\n')}
<p><a href="${esc(`${appUrl}/account`)}">Go to your account</a></p>
<p>${esc(publicationName)}</p>
</body></html>`;
  return { subject, text, html };
}

/** Queues the message in the caller's transaction (the webhook's), so it exists only if the gift does; the outbox
 * job delivers it. Keyed by supporter, not by payment: only the first gift is thanked this way. */
export async function queueThankYouEmail(database: Database | Transaction, input: ThankYouInput): Promise<void> {
  const [supporter] = await database.select().from(supporters).where(eq(supporters.id, input.supporterId)).limit(1);
  if (!supporter?.email || supporter.anonymisedAt) return;
  const { PUBLICATION_NAME, APP_URL } = getConfig();
  const message = renderThankYouEmail({
    publicationName: PUBLICATION_NAME, appUrl: APP_URL, name: supporter.name,
    gift: formatMoney(input.amount, input.currency.trim().toLowerCase()), frequency: input.frequency,
  });
  const email = { to: supporter.email, ...message, dedupeKey: `thank-you:supporter:${supporter.id}` };
  await queueEmails([email], { now: input.now ?? new Date(), executor: database });
}
