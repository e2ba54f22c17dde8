import path from 'node:path';
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/lib/find-chromium';

export const E2E_PORT = Number(process.env.E2E_PORT || 3100);
export const E2E_STRIPE_EMULATOR_PORT = Number(process.env.E2E_STRIPE_EMULATOR_PORT || 12150);
export const E2E_DATA_DIR = process.env.E2E_DATA_DIR || 'data/e2e';
/** A second site that embeds the appeal (tests/e2e/embed.spec.ts serves it). */
export const E2E_EMBED_HOST_PORT = Number(process.env.E2E_EMBED_HOST_PORT || E2E_PORT + 90);
/** The app's log during the browser tests (info level): the last spec searches it for email addresses. */
export const E2E_LOG_FILE = path.join(E2E_DATA_DIR, 'app.log');

export default defineConfig({
  testDir: 'tests/e2e',
  // One app and one emulator clock are shared by every test, so tests run one at a time.
  workers: 1,
  fullyParallel: false,
  timeout: 90_000,
  expect: { timeout: 10_000 },
  retries: 0,
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [['list'], ['json']] : [['list']],
  use: {
    baseURL: `http://localhost:${E2E_PORT}`,
    trace: 'retain-on-failure',
    launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
  },
  // tests/e2e/account.spec.ts moves the emulator's global clock past a billing period (Stripe timestamps then
  // run ahead of the app's clock), so every other spec runs before it; projects run in this order. The log check
  // comes last of all (files run in name order), after every journey has written its lines.
  projects: [
    { name: 'chromium', testIgnore: /(account|logs-without-addresses)\.spec\.ts$/ },
    { name: 'after-time-travel', testMatch: /(account|logs-without-addresses)\.spec\.ts$/ },
  ],
  webServer: {
    command: 'npx tsx scripts/e2e-server.ts',
    url: `http://localhost:${E2E_PORT}/api/health`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    stderr: 'pipe',
    env: {
      PORT: String(E2E_PORT),
      DATA_DIR: E2E_DATA_DIR,
      STRIPE_EMULATOR_PORT: String(E2E_STRIPE_EMULATOR_PORT),
      STRIPE_EMULATOR_RETRY_SCHEDULE_MS: '200,400,800,1600',
      LOG_LEVEL: 'info',
      LOG_FILE: E2E_LOG_FILE,
      // Enables test-only hooks such as POST /dev/jobs/reminders (never set in production).
      E2E_TEST_HOOKS: '1',
      // Every browser test comes from one address; the limits themselves are tested in tests/integration.
      CHECKOUT_RATE_LIMIT: '1000/600',
      APPEAL_EVENTS_RATE_LIMIT: '100000/600',
      THANK_YOU_RATE_LIMIT: '1000/600',
      // The staff journeys all sign in as the one admin below, from the one address every test comes from.
      SIGN_IN_RATE_LIMIT: '1000/900',
      SIGN_IN_CLIENT_RATE_LIMIT: '1000/900',
      EMBED_ORIGINS: `http://127.0.0.1:${E2E_EMBED_HOST_PORT}`,
      // The staff browser tests sign in as this admin (STAFF_EMAILS bootstraps admins).
      STAFF_EMAILS: 'editor@example.org',
    },
  },
});
