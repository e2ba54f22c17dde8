// The supporters list's page link: the last row's sort value and id, as base64url JSON.
export type SupporterCursor = { value: string; id: number };

export function encodeCursor(cursor: SupporterCursor): string {
  return Buffer.from(JSON.stringify([cursor.value, cursor.id])).toString('base64url');
}

export function decodeCursor(text: string | null): SupporterCursor | null {
  if (!text) return null;
  try {
    const [value, id] = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as [unknown, unknown];
    if (typeof value !== 'string' || !Number.isInteger(id)) return null;
    return { value, id: id as number };
  } catch {
    return null;
  }
}
