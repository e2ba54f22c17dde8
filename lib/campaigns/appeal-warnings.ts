// Advice, not errors: copy that is valid but long enough to push Continue off a phone's screen.
import type { AppealConfig } from './appeal-config';
import { fillAppealCopy } from './fill-appeal-copy';

// A 360-pixel-wide phone shows about 36 characters per line of the letter's 18-pixel serif, and about 22 lines a screen.
const CHARS_PER_LINE = 36;
const LINES_PER_SCREEN = 22;

export type AppealWarning = { field: string; message: string };

function lines(text: string, perLine = CHARS_PER_LINE): number {
  return text ? Math.ceil(text.length / perLine) : 0;
}

export function appealWarnings(config: AppealConfig, publicationName: string): AppealWarning[] {
  const copy = fillAppealCopy(config, { publicationName, currency: config.currencies[0] ?? 'usd' });
  const warnings: AppealWarning[] = [];
  const headingLines = lines(copy.heading, 24);
  if (headingLines > 3) warnings.push({ field: 'heading', message: `On a phone the heading runs to about ${headingLines} lines; readers take in three at most.` });
  // Each paragraph ends with a gap about one line high.
  const letterLines = copy.paragraphs.reduce((sum, p) => sum + lines(p) + 1, 0) + lines(copy.highlight);
  if (letterLines > LINES_PER_SCREEN) {
    const screens = (letterLines / LINES_PER_SCREEN).toFixed(1);
    warnings.push({ field: 'letter', message: `On a phone the letter fills about ${screens} screens before the amounts: most readers will not scroll that far.` });
  }
  if (copy.continueLabel.length > 24) warnings.push({ field: 'continueLabel', message: 'On a phone a button label this long wraps onto two lines.' });
  return warnings;
}
