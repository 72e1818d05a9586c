// Drives the newsgraph landing page and the Fuseki UI in headless Chromium (Debian's /usr/bin/chromium, through
// playwright-core; no browser download). Run by BrowserIT:
//
//   node browser-test.js BASE_URL OUT_DIR QUERY_FILE EXPECTED_TEXT MIN_ROWS ARTICLES
//
// BASE_URL       the server, e.g. http://127.0.0.1:3030/
// OUT_DIR        where the screenshots go (ui-landing.png, ui-home.png, ui-query.png, ui-article.png,
//                ui-actor.png, ui-event.png, ui-search.png, ui-map.png, ui-timeline.png)
// QUERY_FILE     a catalogue query to open from the landing page, e.g. 03-sochi-memorandum-wordings.rq
// EXPECTED_TEXT  a text some cell of its results must show
// MIN_ROWS       the least number of result rows
// ARTICLES       the number of articles the landing page must count
//
// Prints one line per check and exits non-zero on the first failed one.
'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const { chromium } = require('playwright-core');

const [base, outDir, queryFile, expectedText, minRowsArg, articlesArg] = process.argv.slice(2);
if (!articlesArg) {
  console.error('usage: node browser-test.js BASE_URL OUT_DIR QUERY_FILE EXPECTED_TEXT MIN_ROWS ARTICLES');
  process.exit(2);
}
const minRows = Number(minRowsArg);
const articles = Number(articlesArg);
const executablePath = process.env.CHROMIUM || '/usr/bin/chromium';

function check(ok, what) {
  if (!ok) {
    throw new Error('FAILED: ' + what);
  }
  console.log('ok: ' + what);
}

async function landingPage(page) {
  await page.goto(new URL('newsgraph/', base).href);
  check((await page.textContent('h1')).trim() === 'newsgraph', 'the landing page has its heading');
  const shown = Number((await page.textContent('td[data-kind="Article"]')).trim());
  check(shown === articles, `the landing page counts ${shown} articles, expected ${articles}`);
  const people = Number((await page.textContent('td[data-kind="Person"]')).trim());
  check(people > 0, `the landing page counts ${people} people`);
  const questions = await page.locator('a.question').count();
  check(questions >= 15, `the landing page lists ${questions} catalogue questions`);
  await page.screenshot({ path: path.join(outDir, 'ui-landing.png'), fullPage: true });
}

async function fusekiHome(page) {
  await page.goto(base);
  const query = page.locator('button', { hasText: 'query' }).first();
  await query.waitFor({ timeout: 30000 });
  check(await page.getByText('/newsgraph').first().isVisible(), 'the Fuseki UI lists the /newsgraph dataset');
  await page.screenshot({ path: path.join(outDir, 'ui-home.png') });
  await query.click();
  await page.waitForSelector('.yasqe .CodeMirror', { timeout: 30000 });
  check(page.url().includes('#/dataset/newsgraph/query'), 'the query button opens the dataset\'s query editor');
}

async function catalogueQuery(page) {
  await page.goto(new URL('newsgraph/', base).href);
  // the link that belongs to the query file: its .rq link sits in the same list item
  const item = page.locator('ol.catalogue li', { has: page.locator(`a[href="queries/${queryFile}"]`) });
  check(await item.count() === 1, `the landing page lists ${queryFile}`);
  await item.locator('a.question').click();
  await page.waitForSelector('.yasqe .CodeMirror', { timeout: 30000 });
  const text = await page.evaluate(() => document.querySelector('.yasqe .CodeMirror').CodeMirror.getValue());
  check(text.includes('# Question:'), 'the catalogue link loads the query into the editor');
  await page.click('.yasqe_queryButton');
  const rows = page.locator('.yasr table tbody tr');
  await rows.first().waitFor({ timeout: 30000 });
  const n = await rows.count();
  check(n >= minRows, `the results table shows ${n} rows, expected at least ${minRows}`);
  const table = await page.textContent('.yasr table');
  check(table.includes(expectedText), `the results table shows "${expectedText}"`);
  await page.screenshot({ path: path.join(outDir, 'ui-query.png'), fullPage: true });
}

// landing page -> an article (the reader, with highlights) -> a name in it (the actor's page) -> one of the events
// listed there -> the search box; nothing may be fetched from outside the server on the way
async function clickThrough(page) {
  const outside = [];
  const watch = req => { if (!req.url().startsWith(base) && !req.url().startsWith('data:')) outside.push(req.url()); };
  page.on('request', watch);
  await page.goto(new URL('newsgraph/', base).href);
  await page.locator('table a[href^="/id/article/"]').first().click();
  await page.waitForSelector('.reader', { timeout: 30000 });
  const names = await page.locator('.reader a.m').count();
  const marks = await page.locator('.reader mark').count();
  check(names > 0 && marks > 0, `the article reader highlights ${names} names and ${marks} extracted passages`);
  await page.screenshot({ path: path.join(outDir, 'ui-article.png'), fullPage: true });
  await page.locator('.reader a.m[href^="/id/entity/"]').first().click();
  await page.waitForSelector('h1', { timeout: 30000 });
  const actor = (await page.textContent('h1')).trim();
  const sections = await page.locator('h2').allTextContents();
  check(actor.length > 0 && sections.some(h => h.startsWith('Articles that mention it')),
    `a name leads to the page of "${actor}", with the articles that mention it`);
  await page.screenshot({ path: path.join(outDir, 'ui-actor.png'), fullPage: true });
  const event = page.locator('table.items a[href^="/id/"]').first();
  const eventHref = await event.getAttribute('href');
  await event.click();
  await page.waitForSelector('h1', { timeout: 30000 });
  check(page.url().endsWith(eventHref), `one of its items opens its own page (${eventHref})`);
  check(await page.locator('section.fact p.gist a[href^="/id/"]').count() > 0,
    'the item\'s page opens with the fact in a sentence, its actors linked');
  await page.screenshot({ path: path.join(outDir, 'ui-event.png'), fullPage: true });
  await page.fill('form.search input[name="q"]', 'Sochi');
  await page.click('form.search button');
  await page.waitForSelector('h1', { timeout: 30000 });
  const results = (await page.textContent('h1')).trim();
  const links = await page.locator('table.items a[href^="/id/"]').count();
  check(/result/.test(results) && links > 0, `the search box finds "Sochi": ${results}, ${links} links`);
  await page.screenshot({ path: path.join(outDir, 'ui-search.png'), fullPage: true });
  await page.goto(new URL('map', base).href);
  const land = await page.locator('svg.map path.land').count();
  check(land > 10, `the page carries a drawing of ${land} outlines for browsers without scripts`);
  await page.waitForSelector('#leaflet-map path.incident-marker', { timeout: 30000 });
  const outlinesDrawn = () => document.querySelectorAll(
    '#leaflet-map .leaflet-overlay-pane path:not(.incident-marker):not(.place-marker)').length;
  await page.waitForFunction(outlinesDrawn, null, { timeout: 30000 });
  const outlines = await page.evaluate(outlinesDrawn);
  const located = await page.locator('#leaflet-map path.incident-marker').count();
  check(outlines > 10 && located > 0,
    `the Leaflet map draws ${outlines} outlines offline and ${located} places with incidents`);
  check(await page.locator('#svg-map').isHidden(), 'the drawing gives way to the Leaflet map');
  check(await page.getByText('OpenStreetMap tiles (online)').isVisible()
    && (await page.locator('#leaflet-map .leaflet-tile-pane img').count()) === 0,
    'online tiles are offered in the layer menu, and off');
  await page.screenshot({ path: path.join(outDir, 'ui-map.png'), fullPage: true });
  await page.locator('#leaflet-map path.incident-marker').first().dispatchEvent('click');
  const toTimeline = page.locator('.leaflet-popup-content a[href^="/timeline"]');
  await toTimeline.waitFor({ timeout: 30000 });
  await toTimeline.click();
  await page.waitForSelector('h1', { timeout: 30000 });
  check(page.url().includes('place=') && (await page.textContent('h1')).startsWith('Timeline at'),
    'a circle\'s popup opens the timeline of the incidents at its place');
  await page.goto(new URL('timeline', base).href);
  const dated = await page.locator('table.timeline tr:not(.month) td.date').count();
  check(dated > 5, `the timeline lists ${dated} dated items`);
  await page.screenshot({ path: path.join(outDir, 'ui-timeline.png'), fullPage: true });
  page.off('request', watch);
  check(outside.length === 0, 'nothing was fetched from outside the server' + (outside.length ? ': ' + outside : ''));
}

(async () => {
  fs.mkdirSync(outDir, { recursive: true });
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = await context.newPage();
    page.on('pageerror', e => console.log('page error: ' + e.message));
    await landingPage(page);
    await fusekiHome(page);
    await catalogueQuery(page);
    await clickThrough(page);
    console.log('all browser checks passed');
  } finally {
    await context.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
})().catch(e => {
  console.error(e.message);
  process.exit(1);
});
