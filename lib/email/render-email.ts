// One layout for every email: the publication's name, a few paragraphs, an optional button, and a footer link
// (unsubscribe or cancel); returns matching text and HTML parts.
import { escapeHtml } from './escape-html';

export type EmailContent = {
  /** The language the email is written in (its <html lang>); English by default. */
  lang?: string;
  publicationName: string;
  heading: string;
  paragraphs: string[];
  action?: { label: string; url: string };
  footer: { text: string; linkLabel: string; url: string };
};

export function renderEmail(content: EmailContent): { text: string; html: string } {
  const text = [
    content.publicationName,
    '',
    content.heading,
    '',
    ...content.paragraphs.flatMap((p) => [p, '']),
    ...(content.action ? [`${content.action.label}: ${content.action.url}`, ''] : []),
    '--',
    `${content.footer.text} ${content.footer.linkLabel}: ${content.footer.url}`,
    '',
  ].join('\n');

  const e = escapeHtml;
  const button = content.action
    ? `<p style="margin:24px 0"><a href="${e(content.action.url)}" style="background:#9b1c1c;color:#ffffff;padding:12px 20px;border-radius:6px;text-decoration:none;font-weight:bold">${e(content.action.label)}</a></p>`
    : '';
  const html = `<!doctype html>
<html lang="${e(content.lang ?? 'en')}"><head><meta charset="utf-8"><title>${e(content.heading)}</title></head>
<body style="margin:0;padding:0;background:#fbfaf7;color:#1a1a1a;font-family:Georgia,serif">
<div style="max-width:560px;margin:0 auto;padding:24px">
<p style="font-size:20px;font-weight:bold;margin:0 0 16px">${e(content.publicationName)}</p>
<h1 style="font-size:24px;margin:0 0 16px">${e(content.heading)}</h1>
${content.paragraphs.map((p) => `<p style="font-size:17px;line-height:1.5">${e(p)}</p>`).join('\n')}
${button}
<hr style="border:none;border-top:1px solid #cccccc;margin:32px 0 16px">
<p style="font-size:13px;color:#5c5c5c">${e(content.footer.text)} <a href="${e(content.footer.url)}" style="color:#5c5c5c">${e(content.footer.linkLabel)}</a></p>
</div>
</body></html>
`;
  return { text, html };
}
