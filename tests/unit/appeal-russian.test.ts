// The appeal on /ru/ pages: the newsroom's Russian letter, money as Russian writes it, the button "Продолжить", and
// staff's Russian copy checked like the English (and older saved versions reading as the built-in Russian letter).
import { describe, expect, it } from 'vitest';
import { renderAppealSlot, type AppealSlotInput } from '@/lib/appeal/render-appeal-slot';
import { checkAppealConfig } from '@/lib/campaigns/appeal-config';
import { configToFormFields, readAppealForm } from '@/lib/campaigns/appeal-form';
import { DEFAULT_APPEAL_CONFIG } from '@/lib/campaigns/default-appeal-config';
import { localizeAppealConfig, variantChangesWords } from '@/lib/campaigns/localize-appeal-config';
import { reminderMonthChoices } from '@/lib/reminders/reminder-months';

const input: AppealSlotInput = {
  placement: 'article-end',
  articleSlug: 'library-extends-hours',
  section: 'Город',
  locale: 'ru',
  base: '',
  publicationName: 'The Millbrook Ledger',
  config: localizeAppealConfig(DEFAULT_APPEAL_CONFIG, 'ru'),
  variants: [],
  tests: [],
  reminder: { months: reminderMonthChoices(new Date('2026-12-07T12:00:00Z'), 'UTC', 'ru'), defaultMonth: '2027-01' },
  returnPath: '/ru/articles/library-extends-hours',
  offerReminder: true,
  deferDays: 30,
};

describe('the appeal in Russian', () => {
  const html = renderAppealSlot(input);

  it('shows the Russian letter, choices and button, with the minimum written the Russian way', () => {
    expect(html).toContain('Поможете The Millbrook Ledger остаться бесплатной для всех?');
    expect(html).toMatch(/<button type="submit" class="rr-continue">Продолжить<\/button>/);
    for (const word of ['Один раз', 'Каждый месяц', 'Каждый год', 'Другая сумма', 'Напомнить позже']) expect(html).toContain(word);
    // "от 2 $", not "from $2": the amount follows the number as Russian writes it (with a no-break space).
    expect(html).toContain('<span class="rr-money" data-c="usd">2\u00a0$</span>');
    expect(html).toContain('<span class="rr-money" data-c="eur">2\u00a0€</span>');
    expect(html).toContain('name="locale" value="ru"');
    expect(html).not.toMatch(/Continue|Monthly|Remind me later/);
  });

  it('words the amount checks the browser makes in Russian too', () => {
    expect(html).toContain('data-below="Ежемесячная поддержка: от 2\u00a0$. Введите 2\u00a0$ или больше."');
    expect(html).toContain('Введите сумму числом, например 7 или 7,50.');
    expect(html).not.toMatch(/Enter the amount|starts at/);
  });

  it('names the reminder months in Russian', () => {
    expect(input.reminder.months.map((m) => m.label).join(' ')).toMatch(/январь|января/i);
  });
});

describe('the Russian copy staff edit', () => {
  it('is part of every config; a version saved before it existed reads as the built-in Russian letter', () => {
    const older: Record<string, unknown> = structuredClone(DEFAULT_APPEAL_CONFIG);
    delete older.translations;
    const checked = checkAppealConfig(older);
    expect(checked.ok && checked.config.translations.ru.continueLabel).toBe('Продолжить');
  });

  it('round-trips through the editor\'s boxes and is checked like the English', () => {
    const fields = configToFormFields(DEFAULT_APPEAL_CONFIG);
    expect(readAppealForm(fields)).toEqual({ ok: true, config: DEFAULT_APPEAL_CONFIG });
    const edited = readAppealForm({ ...fields, ru_heading: 'Поддержите <b>нас</b>', ru_continueLabel: 'Continue', ru_letter: '' });
    expect(edited.ok).toBe(false);
    if (!edited.ok) expect(Object.keys(edited.errors).sort()).toEqual(['ru_continueLabel', 'ru_heading', 'ru_letter']);
    const renamed = readAppealForm({ ...fields, ru_continueLabel: 'Продолжить поддержку', ru_letter: 'Первый абзац.\n\nВторой абзац.' });
    expect(renamed.ok && renamed.config.translations.ru).toMatchObject({ continueLabel: 'Продолжить поддержку', paragraphs: ['Первый абзац.', 'Второй абзац.'] });
  });

  it('keeps the one photo for both languages', () => {
    const withPhoto = { ...DEFAULT_APPEAL_CONFIG, signature: { ...DEFAULT_APPEAL_CONFIG.signature, photoUrl: '/editor.jpg' } };
    expect(localizeAppealConfig(withPhoto, 'ru').signature).toEqual({ name: 'Мария Альварес', role: 'главный редактор, {publication}', photoUrl: '/editor.jpg' });
    expect(localizeAppealConfig(withPhoto, 'en')).toBe(withPhoto);
  });

  it('runs tests of amounts on Russian pages, never tests of English words', () => {
    expect(variantChangesWords({ amounts: { usd: { monthly: { default: 2000 } } } })).toBe(false);
    expect(variantChangesWords({ defaultFrequency: 'annual' })).toBe(false);
    expect(variantChangesWords({ heading: 'Keep local news going' })).toBe(true);
  });
});
