import { expect, it } from 'vitest';
import { splitBody } from '@/lib/articles/split-body';

it('splits an article body into paragraphs and subheadings', () => {
  expect(splitBody('First.\n\n## Why\n\nSecond\nline.\n\n\n')).toEqual([
    { kind: 'paragraph', text: 'First.' },
    { kind: 'heading', text: 'Why' },
    { kind: 'paragraph', text: 'Second\nline.' },
  ]);
});
