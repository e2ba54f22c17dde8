// Every message exists in every language, with the same placeholders, and every message is valid ICU that formats:
// a key missing from one catalogue fails the build instead of showing a reader a key name.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTranslator } from 'next-intl';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { LOCALES } from '@/lib/i18n/locales';
import { CATALOGUES } from '@/lib/i18n/messages';

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(name, value);
    else for (const [k, v] of leaves(value, name)) out.set(k, v);
  }
  return out;
}

// The arguments ({name}, {count, plural, ...}) and tags (<link>...</link>) a message uses, at any depth.
function argumentsOf(message: string): string[] {
  const names = new Set<string>();
  const walk = (elements: MessageFormatElement[]) => {
    for (const element of elements) {
      if ('value' in element && element.type !== TYPE.literal && typeof element.value === 'string') names.add(element.value);
      if (element.type === TYPE.tag) walk(element.children);
      if (element.type === TYPE.plural || element.type === TYPE.select) for (const option of Object.values(element.options)) walk(option.value);
    }
  };
  walk(parse(message));
  return [...names].sort();
}

const english = leaves(CATALOGUES.en as unknown as Tree);

describe('message catalogues', () => {
  it('have a file per namespace in every language, and the same files', () => {
    const root = path.join(process.cwd(), 'messages');
    const files = (locale: string) => fs.readdirSync(path.join(root, locale)).sort();
    for (const locale of LOCALES) expect(files(locale), locale).toEqual(files('en'));
  });

  for (const locale of LOCALES.filter((l) => l !== 'en')) {
    it(`${locale} has exactly the English keys`, () => {
      const other = leaves(CATALOGUES[locale] as unknown as Tree);
      expect([...english.keys()].filter((key) => !other.has(key)), `missing in ${locale}`).toEqual([]);
      expect([...other.keys()].filter((key) => !english.has(key)), `only in ${locale}`).toEqual([]);
    });

    it(`${locale} messages take the same arguments as English`, () => {
      const other = leaves(CATALOGUES[locale] as unknown as Tree);
      for (const [key, message] of english) {
        if (other.has(key)) expect(argumentsOf(other.get(key)!), key).toEqual(argumentsOf(message));
      }
    });
  }

  it('every message is ICU that formats, and no message is left empty', () => {
    for (const locale of LOCALES) {
      const t = createTranslator({ locale, messages: CATALOGUES[locale] as never, onError: (error) => { throw error; } });
      for (const [key, message] of leaves(CATALOGUES[locale] as unknown as Tree)) {
        expect(message.trim(), `${locale} ${key}`).not.toBe('');
        // Tags (<link>…</link>) take a function, every other argument a value.
        const values = Object.fromEntries(argumentsOf(message).map((name) => [name, new RegExp(`<${name}>`).test(message) ? (chunks: string) => chunks : 1]));
        expect(() => t.markup(key as never, new Proxy(values, { get: (target, name) => (name in target ? target[name as string] : (chunks: string) => chunks) }) as never), `${locale} ${key}`).not.toThrow();
      }
    }
  });

  it('Russian plurals have three forms', () => {
    const t = createTranslator({ locale: 'ru', messages: { m: '{count, plural, one {# месяц} few {# месяца} many {# месяцев} other {# месяца}}' } });
    expect([1, 2, 5, 21].map((count) => t('m', { count }))).toEqual(['1 месяц', '2 месяца', '5 месяцев', '21 месяц']);
  });
});
