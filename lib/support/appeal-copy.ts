// The appeal's heading and letter: written for the fictional publication, replaceable via APPEAL_HEADING / APPEAL_LETTER.
import { amountRule, type Currency } from './amounts';
import { formatMoney } from './format-money';

export type AppealCopy = { heading: string; paragraphs: string[]; signature: string };

const DEFAULT_HEADING = 'Will you help keep {publication} free to read?';
const DEFAULT_LETTER = [
  'Dear reader,',
  '{publication} has no paywall and no owner to answer to. We sit through the council meetings, read the budgets and knock on the doors so that everyone in town can know what is being decided in their name.',
  'That work is paid for by readers. Fewer than one in fifty of you give, and every gift goes straight into reporting. We need your help to keep going.',
  'Support us monthly starting from just {monthlyMinimum}. It takes a minute, and you can cancel any time.',
].join('\n\n');

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}

/** "{publication}" and "{monthlyMinimum}" in the copy become the name and the monthly minimum in the reader's currency. */
export function getAppealCopy(options: { publicationName: string; currency: Currency; env?: Record<string, string | undefined> }): AppealCopy {
  const env = options.env ?? process.env;
  const values = { publication: options.publicationName, monthlyMinimum: formatMoney(amountRule(options.currency, 'monthly').min, options.currency) };
  const letter = env.APPEAL_LETTER?.trim() || DEFAULT_LETTER;
  return {
    heading: fill(env.APPEAL_HEADING?.trim() || DEFAULT_HEADING, values),
    paragraphs: letter.replace(/\\n/g, '\n').split(/\n\s*\n/).map((p) => fill(p.trim(), values)).filter(Boolean),
    signature: fill(env.APPEAL_SIGNATURE?.trim() || 'The newsroom at {publication}', values),
  };
}
