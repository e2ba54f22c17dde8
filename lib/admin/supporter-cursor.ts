// The supporters list's page link: the last row's sort value and id, as base64url JSON.
import { checkPositiveInt4, isPostgresText } from '@/db/postgres-values';

export type SupporterCursor = { value: string; id: number };

export function encodeCursor(cursor: SupporterCursor): string {
  return Buffer.from(JSON.stringify([cursor.value, cursor.id])).toString('base64url');
}

export function decodeCursor(text: string | null): SupporterCursor | null {
  if (!text) return null;
  try {
    const [value, id] = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as [unknown, unknown];
    const rowId = checkPositiveInt4(id);
    if (typeof value !== 'string' || !isPostgresText(value) || rowId === null) return null;
    return { value, id: rowId };
  } catch {
    return null;
  }
}
