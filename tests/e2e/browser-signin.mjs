// Plays the admin in a real browser: opens the authorize URL that ConsentDesk handed to the system browser,
// picks the user on the sandbox's sign-in page, presses "Sign in", and waits for ConsentDesk's loopback page.
//
//   node browser-signin.mjs --url URL --upn UPN [--screenshot sign-in.png] [--done-screenshot done.png]
//
// Prints "final-url …" and "final-text …" lines for the calling test. Debian's Chromium, never a downloaded one.
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

function option(name) {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const url = option('--url');
const upn = option('--upn');
const shot = option('--screenshot');
const doneShot = option('--done-screenshot');
if (!url || !upn) {
  console.error('usage: browser-signin.mjs --url URL --upn UPN [--screenshot FILE] [--done-screenshot FILE]');
  process.exit(2);
}

const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'consentdesk-chromium-'));
// A throwaway profile of its own (Playwright refuses --user-data-dir in args: a persistent context takes the folder).
const context = await chromium.launchPersistentContext(profile, {
  executablePath,
  headless: true,
  viewport: { width: 1280, height: 800 },
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
         '--disable-component-update', '--disable-sync'],
});
let exitCode = 0;
try {
  const page = context.pages()[0] ?? await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  // The window as the admin sees it: a full-page capture would pin the sticky Sign in bar mid-list, over a row.
  if (shot) await page.screenshot({ path: shot });
  // The user is chosen by the accessible label, the way a person (or a screen reader) finds it.
  const choice = page.getByLabel(new RegExp(upn.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i'));
  await choice.first().check();
  await Promise.all([
    page.waitForURL((u) => ['127.0.0.1', 'localhost'].includes(u.hostname) && !u.pathname.includes('/oauth2/'), { timeout: 20000 }),
    page.getByRole('button', { name: /sign in/i }).first().click(),
  ]);
  await page.waitForLoadState('load');
  const text = (await page.locator('body').innerText()).replace(/\s+/g, ' ').trim();
  if (doneShot) await page.screenshot({ path: doneShot });
  const final = new URL(page.url());
  // Print the callback without its query: the code must not land in test output.
  console.log(`final-url ${final.origin}${final.pathname}`);
  console.log(`final-text ${text}`);
} catch (e) {
  console.error(`browser sign-in failed: ${e.message}`);
  exitCode = 1;
} finally {
  await context.close();
  fs.rmSync(profile, { recursive: true, force: true });
}
process.exit(exitCode);
