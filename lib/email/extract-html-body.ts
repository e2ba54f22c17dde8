// The inside of an email's <body>, so a whole HTML document can be shown inline in the mailbox page.
export function extractHtmlBody(html: string): string {
  const match = /<body[^>]*>([\s\S]*)<\/body>/i.exec(html);
  return (match ? match[1] : html).replace(/<(script|style|title|head)[^>]*>[\s\S]*?<\/\1>/gi, '');
}
