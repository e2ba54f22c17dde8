// The last browser test: every journey before it (sign-in links, signups, gifts, the account, staff pages, failures)
// wrote its log lines at info level to the app's log file; not one of them may hold an email address.
import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { E2E_LOG_FILE } from '../../playwright.config';

// An address as typed, or percent-encoded in a logged URL (%40).
const ADDRESS = /[A-Za-z0-9._%+-]+(?:@|%40)[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/;

test('the app’s log from the browser journeys holds no email address', () => {
  const lines = fs.readFileSync(E2E_LOG_FILE, 'utf8').split('\n').filter(Boolean);
  // Logging was on for the run: the launcher logs every request.
  expect(lines.filter((line) => line.includes('"msg":"request"')).length).toBeGreaterThan(0);
  const withAddress = lines.filter((line) => ADDRESS.test(line)).map((line) => line.slice(0, 300));
  expect(withAddress).toEqual([]);
});
