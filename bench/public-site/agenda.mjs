/* global window, document, MutationObserver -- functions run in the page by page.evaluate / addInitScript */
// The CRM's agenda for a signed-in user: time from navigation to the day's grid on screen, with
// Lighthouse's desktop preset conditions applied through the DevTools protocol (10 Mbit/s, 40 ms
// round trip, no CPU slowdown, 1350×940 screen). Lighthouse's CLI cannot sign in (the session lives
// in localStorage and Lighthouse clears storage), hence this Playwright timing.
//
// Each run: a new browser context (empty cache), the session's tokens (from the `login` mutation,
// made once over HTTP) written to localStorage by an init script before the app's first script, then
// `page.goto('/crm/agenda')`. A second init script watches the DOM (MutationObserver) and records
// `performance.now()` — milliseconds since the navigation started — at the first mutation after which
// the grid has a practitioner's column (`[data-agenda-column]`) and no "Mise à jour de l’agenda…"
// bar: the day's bookings are drawn. Also recorded: the bytes of script downloaded (encoded, from the
// Resource Timing entries) and the main thread's long tasks (> 50 ms) until then.
import { chromium } from 'playwright-core';

const SESSION_STORAGE_KEY = 'serenaia.crm.session';
const REFRESHING_LABEL = 'Mise à jour de l’agenda…';

async function login(url, email, password) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query:
        'mutation ($input: LoginInput!) { login(input: $input) { accessToken accessTokenExpiresAt refreshToken refreshTokenExpiresAt } }',
      variables: { input: { email, password } },
    }),
  });
  const body = await response.json();
  if (body.errors?.length) throw new Error(`login: ${JSON.stringify(body.errors)}`);
  return body.data.login;
}

function watchAgenda(label) {
  const state = { gridAt: null, longTasks: [] };
  window.__agendaTiming = state;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      state.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  const check = () => {
    if (state.gridAt !== null) return;
    if (
      document.querySelector('[data-agenda-column]') !== null &&
      document.querySelector(`[aria-label="${label}"]`) === null
    ) {
      state.gridAt = performance.now();
      state.bookings = document.querySelectorAll('[data-booking-id]').length;
    }
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true, attributes: true });
}

/** `runs` cold loads of the agenda; returns one result per run. */
export async function measureAgenda({ url, chromePath, runs, email, password }) {
  const tokens = await login(url, email, password);
  const browser = await chromium.launch({
    executablePath: chromePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  const results = [];
  try {
    for (let run = 1; run <= runs; run++) {
      const context = await browser.newContext({ viewport: { width: 1350, height: 940 }, locale: 'fr-FR' });
      await context.addInitScript(
        ([key, value]) => window.localStorage.setItem(key, value),
        [SESSION_STORAGE_KEY, JSON.stringify(tokens)],
      );
      await context.addInitScript(watchAgenda, REFRESHING_LABEL);
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: 40,
        downloadThroughput: (10 * 1024 * 1024) / 8,
        uploadThroughput: (10 * 1024 * 1024) / 8,
      });
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
      await page.goto(`${url}/crm/agenda`);
      await page.waitForFunction(() => window.__agendaTiming.gridAt !== null, null, { timeout: 60_000 });
      const timing = await page.evaluate(() => {
        const state = window.__agendaTiming;
        const scripts = performance
          .getEntriesByType('resource')
          .filter((r) => r.initiatorType === 'script' || r.name.endsWith('.js'))
          .filter((r) => r.responseEnd <= state.gridAt);
        return {
          gridMs: state.gridAt,
          bookings: state.bookings,
          scriptBytes: scripts.reduce((sum, r) => sum + r.encodedBodySize, 0),
          scripts: scripts.length,
          longTaskMs: state.longTasks
            .filter((t) => t.start < state.gridAt)
            .reduce((sum, t) => sum + t.duration, 0),
        };
      });
      results.push(timing);
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return results;
}

/**
 * The largest contentful paint's element of each page, as Chromium reports it (Lighthouse 12.2.3's
 * own audit of it fails on this Chromium: "Cannot read properties of undefined (reading
 * 'frame_sequence')"). Phone screen, no throttling: which element, not when.
 */
export async function largestPaintElements({ url, chromePath, paths }) {
  const browser = await chromium.launch({
    executablePath: chromePath,
    args: ['--no-sandbox', '--disable-gpu'],
  });
  const found = [];
  try {
    for (const path of paths) {
      const context = await browser.newContext({ viewport: { width: 412, height: 823 }, locale: 'fr-FR' });
      const page = await context.newPage();
      await page.goto(`${url}${path}`, { waitUntil: 'networkidle' });
      found.push(
        await page.evaluate(
          () =>
            new Promise((resolve) => {
              new PerformanceObserver((list) => {
                const last = list.getEntries().at(-1);
                const el = last?.element;
                resolve(
                  el
                    ? `<${el.tagName.toLowerCase()}${el.id ? ` id="${el.id}"` : ''}> "${(el.textContent ?? '').trim().slice(0, 60)}" at ${Math.round(last.startTime)} ms`
                    : last
                      ? // Chromium keeps the entry of an element since removed: the server's markup,
                        // replaced by the browser's rendering of the same page.
                        `an element since removed from the page (${Math.round(last.size)} px², at ${Math.round(last.startTime)} ms)`
                      : 'none',
                );
              }).observe({ type: 'largest-contentful-paint', buffered: true });
            }),
        ),
      );
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return found;
}
