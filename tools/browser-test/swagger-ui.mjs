#!/usr/bin/env node
// Drives Swagger UI at /docs/ in Debian's headless Chromium as a person would:
// the page must load from the server alone (every other request is blocked
// and fails the run), show every tag of the OpenAPI document, accept a bearer
// token through "Authorize" and run "get a person" (GET /api/v1/persons/{id})
// with "Try it out" / "Execute" against the live server.
//
// Environment:
//   INTEGRA     base URL of a running server, e.g. http://127.0.0.1:8080
//   TOKEN       an access token (bearer) allowed to read persons
//   PERSON_ID   the id of a person that exists on that server
//   SCREENSHOT  the .png to write (on failure: <name>-failed.png beside it)
//   CHROMIUM    the browser (else INTEGRA_CHROMIUM, else `chromium` on PATH)
//   DOCS_HOST   the host name the browser uses for the server (default
//               integra.test, resolved by Chromium itself to INTEGRA's
//               address), so that Swagger UI behaves as on a real host and not
//               as on "localhost"/"127.0.0.1", where it leaves out its online
//               parts; empty: the browser uses INTEGRA as it is
//
// Prints `swagger-ui: ok <n> tags` last and exits 0, or prints what failed and
// exits 1. The whole run is bounded to 60 s.
import { accessSync, constants, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import puppeteer from 'puppeteer-core';

const OVERALL_TIMEOUT_MS = 60_000;
const STEP_TIMEOUT_MS = 20_000;
const OPERATION_ID = 'get_person';

class Failure extends Error {}
const fail = (message) => {
  throw new Failure(message);
};

function need(name) {
  const value = process.env[name];
  if (!value) fail(`the environment variable ${name} is not set`);
  return value;
}

function findChromium() {
  for (const name of ['CHROMIUM', 'INTEGRA_CHROMIUM']) {
    if (process.env[name]) return process.env[name];
  }
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, 'chromium');
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not in this directory
    }
  }
  return fail('no Chromium: set CHROMIUM (or INTEGRA_CHROMIUM), or put `chromium` on PATH');
}

// Swagger UI's deep-link ids (`operations-<tag>-<operationId>`), for plain names.
const deepLink = (text) => String(text).trim().replace(/\s/g, '_');

const state = { browser: null, page: null, profile: null, step: 'starting' };
const started = Date.now();
// Progress on stderr, with the time since the start: where a slow run spends it.
function step(name) {
  state.step = name;
  console.error(`swagger-ui: ${((Date.now() - started) / 1000).toFixed(1)} s: ${name}`);
}

async function main() {
  const integra = new URL(need('INTEGRA'));
  const token = need('TOKEN');
  const personId = need('PERSON_ID');
  const screenshot = need('SCREENSHOT');
  if (!screenshot.endsWith('.png')) fail(`SCREENSHOT must name a .png file: ${screenshot}`);
  const chromium = findChromium();
  const docsHost = process.env.DOCS_HOST ?? 'integra.test';

  // The document, as a client reads it.
  step('fetching the OpenAPI document');
  const documentUrl = new URL('/api/v1/openapi.json', integra);
  const response = await fetch(documentUrl, { signal: AbortSignal.timeout(STEP_TIMEOUT_MS) });
  if (!response.ok) fail(`GET ${documentUrl} answered ${response.status}`);
  const doc = await response.json();
  const declaredTags = (doc.tags ?? []).map((tag) => tag.name);
  const operations = [];
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const method of ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']) {
      if (item[method]) operations.push({ path, method, ...item[method] });
    }
  }
  const untagged = operations.filter((op) => !op.tags?.length);
  if (untagged.length) {
    fail(`operations without a tag (Swagger UI files them under "default"): ${untagged
      .map((op) => `${op.method.toUpperCase()} ${op.path}`)
      .join(', ')}`);
  }
  const usedTags = new Set(operations.flatMap((op) => op.tags));
  const tags = [...new Set([...declaredTags, ...usedTags])];
  const getPerson = operations.find((op) => op.operationId === OPERATION_ID);
  if (!getPerson) fail(`the document has no operation ${OPERATION_ID}`);
  if (getPerson.method !== 'get' || getPerson.path !== '/api/v1/persons/{id}') {
    fail(`${OPERATION_ID} is ${getPerson.method.toUpperCase()} ${getPerson.path}, not GET /api/v1/persons/{id}`);
  }
  const bearerSchemes = Object.entries(doc.components?.securitySchemes ?? {})
    .filter(([, scheme]) => scheme.type === 'http' && scheme.scheme?.toLowerCase() === 'bearer')
    .map(([name]) => name);
  if (bearerSchemes.length !== 1) fail(`expected one http bearer security scheme, found: ${bearerSchemes}`);
  const [bearer] = bearerSchemes;

  // The browser: a fresh profile, nothing but the server reachable.
  step('starting Chromium');
  const browserBase = new URL(integra);
  const args = ['--no-sandbox', '--headless=new', '--disable-gpu', '--disable-dev-shm-usage',
    '--no-first-run', '--no-default-browser-check', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--disable-features=Translate,MediaRouter',
    '--window-size=1280,1600'];
  if (docsHost) {
    browserBase.hostname = docsHost;
    args.push(`--host-resolver-rules=MAP ${docsHost} ${integra.hostname}`);
  }
  const origin = browserBase.origin;
  state.profile = mkdtempSync(join(tmpdir(), 'integra-chromium-'));
  state.browser = await puppeteer.launch({
    executablePath: chromium,
    headless: true, // Puppeteer adds --headless=new; it is in `args` for the record
    args,
    userDataDir: state.profile,
    pipe: true,
    defaultViewport: { width: 1280, height: 1600 },
    timeout: STEP_TIMEOUT_MS,
  });
  const page = await state.browser.newPage();
  state.page = page;
  page.setDefaultTimeout(STEP_TIMEOUT_MS);

  const blocked = [];
  const pageErrors = [];
  const consoleErrors = [];
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = request.url();
    const scheme = url.slice(0, url.indexOf(':'));
    let sameOrigin = false;
    try {
      sameOrigin = new URL(url).origin === origin;
    } catch {
      // not a URL with an origin: blocked below
    }
    if (['data', 'blob', 'about'].includes(scheme) || sameOrigin) {
      request.continue();
    } else {
      blocked.push(`${request.method()} ${url}`);
      request.abort('blockedbyclient');
    }
  });
  page.on('pageerror', (error) => pageErrors.push(String(error?.message ?? error)));
  page.on('console', (message) => {
    if (message.type() === 'error') {
      const where = message.location()?.url;
      consoleErrors.push(`${message.text()}${where ? ` (${where})` : ''}`);
    }
  });
  const checkClean = (when) => {
    const problems = [];
    if (blocked.length) problems.push(`the page tried to load from elsewhere than ${origin}:\n  ${blocked.join('\n  ')}`);
    if (pageErrors.length) problems.push(`page errors:\n  ${pageErrors.join('\n  ')}`);
    if (consoleErrors.length) problems.push(`console errors:\n  ${consoleErrors.join('\n  ')}`);
    if (problems.length) fail(`${when}: ${problems.join('\n')}`);
  };

  // b. The page and its tags.
  step('opening /docs/');
  const docsUrl = new URL('/docs/', browserBase).href;
  const opened = await page.goto(docsUrl, { waitUntil: 'networkidle0' });
  if (!opened?.ok()) fail(`GET ${docsUrl} answered ${opened?.status()}`);
  step('waiting for Swagger UI to render the operations');
  await page.waitForSelector('.opblock-tag-section .opblock', { visible: true });
  const errorsShown = await page.$$eval('.swagger-ui .errors-wrapper .error-wrapper', (nodes) =>
    nodes.map((node) => node.textContent.trim()));
  if (errorsShown.length) fail(`Swagger UI shows errors: ${errorsShown.join(' | ')}`);
  const title = await page.$eval('.swagger-ui .info .title', (node) => node.textContent);
  if (!title.includes(doc.info.title)) fail(`the page's title "${title}" does not show "${doc.info.title}"`);

  step('checking the tags');
  const shown = await page.$$eval('.opblock-tag-section > h3.opblock-tag', (nodes) =>
    nodes.map((node) => node.getAttribute('data-tag')));
  const missing = tags.filter((tag) => !shown.includes(tag));
  if (missing.length) fail(`tags not shown in the page: ${missing.join(', ')} (shown: ${shown.join(', ')})`);
  const extra = shown.filter((tag) => !tags.includes(tag));
  if (extra.length) fail(`tags shown in the page but not in the document: ${extra.join(', ')}`);
  const duplicated = shown.filter((tag, i) => shown.indexOf(tag) !== i);
  if (duplicated.length) fail(`tags shown more than once: ${duplicated.join(', ')}`);
  const opblocks = await page.$$eval('.opblock-tag-section .opblock', (nodes) => nodes.length);
  if (opblocks !== operations.length) {
    fail(`the page shows ${opblocks} operations, the document has ${operations.length}`);
  }
  checkClean('after loading /docs/');

  // c. Authorize with the token.
  step('authorising');
  await page.click('.auth-wrapper > button.btn.authorize');
  const dialog = await page.waitForSelector('.dialog-ux .modal-ux', { visible: true });
  const containers = await dialog.$$('.auth-container');
  let form = null;
  for (const container of containers) {
    const heading = await container.$eval('h4', (node) => node.textContent);
    if (heading.includes(bearer) && /bearer/i.test(heading)) form = container;
  }
  if (!form) fail(`the Authorize dialog has no form for the bearer scheme "${bearer}"`);
  const input = await form.$('input#auth-bearer-value');
  if (!input) fail('the bearer form has no value input (#auth-bearer-value)');
  // One input event for the whole value, as a paste gives: typed key by key,
  // Swagger UI renders all its operations again for every character.
  await input.focus();
  await page.keyboard.sendCharacter(token);
  const apply = await form.$('button.modal-btn.auth.authorize');
  if (!apply) fail('the bearer form has no Authorize button');
  await apply.click();
  // The dialog now shows the scheme authorised: "Logout" and the value masked.
  await page.waitForFunction(
    () => {
      const modal = document.querySelector('.dialog-ux .modal-ux');
      return modal
        && [...modal.querySelectorAll('button.modal-btn.auth')].some((b) => b.textContent.trim() === 'Logout')
        && [...modal.querySelectorAll('.auth-container code')].some((c) => c.textContent.includes('******'));
    },
    { timeout: 5_000 },
  ).catch(() => fail('after Authorize the dialog shows no "Logout" and no masked value'));
  await page.click('.dialog-ux .modal-ux button.btn-done');
  await page.waitForSelector('.dialog-ux .modal-ux', { hidden: true });
  await page.waitForSelector('.auth-wrapper > button.btn.authorize.locked')
    .catch(() => fail('the Authorize button is not shown locked after authorising'));

  // d. "Try it out" on get a person.
  step(`running ${OPERATION_ID}`);
  const opId = `operations-${deepLink(getPerson.tags[0])}-${deepLink(OPERATION_ID)}`;
  const op = `[id="${opId}"]`;
  if (!(await page.$(op))) {
    await page.click(`h3.opblock-tag[data-tag="${getPerson.tags[0]}"]`);
  }
  await page.waitForSelector(op, { visible: true })
    .catch(() => fail(`no operation ${opId} in the page`));
  const summary = await page.$eval(`${op} .opblock-summary`, (node) => ({
    method: node.querySelector('.opblock-summary-method')?.textContent.trim(),
    path: node.querySelector('.opblock-summary-path')?.getAttribute('data-path'),
    locked: node.querySelector('button.authorization__btn')?.getAttribute('aria-label'),
  }));
  if (summary.method !== 'GET' || summary.path !== '/api/v1/persons/{id}') {
    fail(`${opId} shows ${summary.method} ${summary.path}`);
  }
  if (summary.locked !== 'authorization button locked') {
    fail(`${opId}'s lock does not show it authorised (${summary.locked})`);
  }
  if (!(await page.$(`${op}.is-open`))) await page.click(`${op} .opblock-summary-control`);
  await page.click(`${op} button.try-out__btn`);
  const idInput = await page.waitForSelector(`${op} tr[data-param-name="id"][data-param-in="path"] input`, { visible: true });
  await idInput.focus();
  await page.keyboard.sendCharacter(personId);
  await page.click(`${op} button.execute`);
  const status = await page.waitForSelector(`${op} .live-responses-table .response .response-col_status`, { visible: true })
    .catch(() => fail('no live response shown after Execute'));
  const shownStatus = (await status.evaluate((node) => node.textContent)).trim();
  const body = await page.$eval(`${op} .live-responses-table .response .response-col_description`,
    (node) => (node.querySelector('.highlight-code .microlight') ?? node).textContent);
  const curl = await page.$eval(`${op} .curl-command`, (node) => node.textContent)
    .catch(() => fail('no curl command shown'));
  const requestUrl = await page.$eval(`${op} .request-url`, (node) => node.textContent).catch(() => '');

  // e. The picture: the operation, the curl and the response in view (the
  // failure screenshot below shows the same).
  await page.$eval(`${op} .responses-wrapper`, (node) => node.scrollIntoView({ block: 'start' }));
  await page.evaluate(() => window.scrollBy(0, -700));

  step('checking the response');
  if (shownStatus !== '200') fail(`the response shown is ${shownStatus}, not 200: ${body.trim().slice(0, 300)}`);
  if (!body.includes(personId)) fail(`the response body shown does not contain ${personId}: ${body.trim().slice(0, 300)}`);
  if (!curl.includes('Authorization: Bearer ')) fail(`the curl shown has no "Authorization: Bearer": ${curl.trim()}`);
  if (!curl.includes(`Authorization: Bearer ${token}`)) fail('the curl shown does not carry the token given to "Authorize"');
  if (!curl.includes(personId) || !requestUrl.includes(`/api/v1/persons/${personId}`)) {
    fail(`the request shown is not for ${personId}: ${requestUrl.trim()}`);
  }
  checkClean('after running get a person');
  step('taking the screenshot');
  await page.screenshot({ path: screenshot });
  return tags.length;
}

async function run() {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Failure(`timed out after ${OVERALL_TIMEOUT_MS / 1000} s`)), OVERALL_TIMEOUT_MS);
  });
  let code = 0;
  try {
    const count = await Promise.race([main(), timeout]);
    console.log(`swagger-ui: ok ${count} tags`);
  } catch (error) {
    code = 1;
    const what = error instanceof Failure ? error.message : (error?.stack ?? String(error));
    console.error(`swagger-ui: FAILED while ${state.step}: ${what}`);
    const screenshot = process.env.SCREENSHOT;
    if (state.page && screenshot) {
      const failed = screenshot.replace(/(\.png)?$/, '-failed.png');
      try {
        await Promise.race([
          state.page.screenshot({ path: failed }),
          new Promise((_, reject) => setTimeout(() => reject(new Error('took too long')), 10_000)),
        ]);
        console.error(`swagger-ui: the page as it was: ${failed}`);
      } catch (shotError) {
        console.error(`swagger-ui: no failure screenshot: ${shotError.message}`);
      }
    }
  } finally {
    clearTimeout(timer);
    if (state.browser) {
      await Promise.race([state.browser.close(), new Promise((resolve) => setTimeout(resolve, 5_000))])
        .catch(() => {});
      const proc = state.browser.process();
      if (proc && proc.exitCode === null) proc.kill('SIGKILL');
    }
    if (state.profile) rmSync(state.profile, { recursive: true, force: true });
  }
  process.exit(code);
}

await run();
