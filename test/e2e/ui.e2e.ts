/**
 * End-to-end tests of the web UI: a real server on a free loopback port over a temporary store, the
 * invented example corpus ingested through the HTTP API, and Chromium (playwright-core) clicking through
 * the story list, a story page, an entity page and an article page; plus an XSS test with hostile
 * article text. Run by test/e2e/run.ts.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startServer, type RunningServer } from '../../src/serve/startServer.ts';
import { SqliteStore } from '../../src/store/sqlite/SqliteStore.ts';

/** Where Debian installs Chromium. */
export const CHROMIUM = process.env.COTEJO_CHROMIUM ?? '/usr/bin/chromium';
const REPO = fileURLToPath(new URL('../../', import.meta.url));
const EXAMPLES = join(REPO, 'examples');
/** The README's screenshot. */
export const SCREENSHOT = join(REPO, 'docs', 'screenshot.png');
const TYPES: Record<string, string> = { txt: 'text/plain', html: 'text/html', jsonl: 'application/x-ndjson', json: 'application/json' };

/** A news-please record whose every field is hostile. */
const HOSTILE_RECORD = {
  id: 'hostile-1',
  title: 'Alerta <img src=x onerror="window.__xss=1"> en Valdeluna',
  maintext:
    'Valdeluna, 2 abr (EFE).- El alcalde de Valdeluna <script>window.__xss = 2</script> anunció este martes que la ciudad abrirá tres bibliotecas nuevas antes del verano.\n' +
    'El concejal dijo " onmouseover="window.__xss=3" data-x=" que la obra <b onclick="window.__xss=4">costará</b> menos de lo previsto, según el ayuntamiento.\n' +
    'Más datos en javascript:window.__xss=5 y en la web municipal, donde se publicará el calendario de las obras de los barrios del norte.',
  url: 'javascript:window.__xss=6',
  date_publish: '2025-04-02 09:00:00',
  source_domain: 'valdeluna"><script>window.__xss=7</script>.example',
};

/** Result of the suite. */
export interface E2eResult {
  passed: number;
  failed: number;
  /** Set when the suite could not run (no Chromium). */
  skipped?: string;
  failures: { name: string; error: string }[];
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => (n.startsWith('.') ? [] : statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : [join(dir, n)])).sort();
}

async function ingest(server: RunningServer): Promise<{ ids: string[]; hostile: string }> {
  const ids: string[] = [];
  for (const f of files(EXAMPLES)) {
    const r = await fetch(`${server.url}/api/articles?source=${encodeURIComponent(`examples/${relative(EXAMPLES, f)}`)}`, {
      method: 'POST',
      body: readFileSync(f),
      headers: { 'content-type': TYPES[f.split('.').pop()!]! },
    });
    assert.ok(r.status === 201 || r.status === 200, `ingest ${f}: ${r.status}`);
    ids.push(...((await r.json()) as { ids: string[] }).ids);
  }
  const r = await fetch(`${server.url}/api/articles?source=hostile.json`, { method: 'POST', body: JSON.stringify(HOSTILE_RECORD), headers: { 'content-type': 'application/json' } });
  assert.equal(r.status, 201);
  return { ids, hostile: ((await r.json()) as { ids: string[] }).ids[0]! };
}

/**
 * Run the UI suite.
 * @param log where progress lines go
 */
export async function runUiTests(log: (line: string) => void = console.log): Promise<E2eResult> {
  if (!existsSync(CHROMIUM)) return { passed: 0, failed: 0, skipped: `${CHROMIUM} is missing (set COTEJO_CHROMIUM or apt-get install chromium)`, failures: [] };
  const dir = mkdtempSync(join(tmpdir(), 'cotejo-e2e-'));
  const store = new SqliteStore({ path: join(dir, 'e2e.db') });
  const server = await startServer(store, { port: 0, maxStaleMs: 0 });
  let browser: Browser | null = null;
  const result: E2eResult = { passed: 0, failed: 0, failures: [] };
  try {
    const { ids, hostile } = await ingest(server);
    log(`server ${server.url}: ${ids.length} example articles and 1 hostile one ingested through the API`);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    const context = await browser.newContext({ viewport: { width: 1440, height: 1000 } });
    // Any request that leaves the server is a failure: every asset is local.
    const offsite: string[] = [];
    context.on('request', (r) => {
      if (!r.url().startsWith(server.url) && !r.url().startsWith('data:')) offsite.push(r.url());
    });
    const errors: string[] = [];
    const open = async (path: string): Promise<Page> => {
      const page = await context.newPage();
      page.on('pageerror', (e) => errors.push(`${path}: ${e.message}`));
      page.on('dialog', (d) => (errors.push(`${path}: dialog ${d.message()}`), void d.dismiss()));
      const res = await page.goto(`${server.url}${path}`);
      assert.equal(res?.status(), 200, `${path}: HTTP ${res?.status()}`);
      return page;
    };
    const cases: [string, () => Promise<void>][] = [
      [
        'story list shows stories with counts of independent sources and articles, and filters',
        async () => {
          const page = await open('/');
          const rows = page.locator('.story-row');
          assert.ok((await rows.count()) >= 2, 'at least two stories');
          const text = await page.locator('[data-testid=story-list]').innerText();
          assert.match(text, /\d+ independent sources? · \d+ articles?/);
          await page.fill('input[name=q]', 'Caplina');
          await Promise.all([page.waitForURL(/q=Caplina/), page.click('form.filters button')]);
          assert.ok((await page.locator('.story-row').count()) >= 1, 'search finds a story');
          await page.goto(`${server.url}/?q=${encodeURIComponent('EE.UU. "(')}`);
          assert.match(await page.locator('main').innerText(), /Stories/);
          await page.close();
        },
      ],
      [
        'story page: articles side by side, a shared passage linked to its counterpart, quote table, framing, timeline, provenance',
        async () => {
          const list = await open('/');
          // The story with the most articles.
          const counts = await list.locator('.story-row .counts').allInnerTexts();
          const best = counts.map((t, i) => [Number(/(\d+)\s+articles?/.exec(t)?.[1] ?? 0), i] as const).sort((a, b) => b[0] - a[0])[0]!;
          await Promise.all([list.waitForURL(/\/stories\//), list.locator('.story-link').nth(best[1]).click()]);
          const page = list;
          const cols = page.locator('[data-testid=columns] > article.col');
          assert.equal(await cols.count(), best[0], 'one column per article');
          const passages = page.locator('a.passage');
          assert.ok((await passages.count()) >= 2, 'shared passages are highlighted');
          const first = passages.first();
          const key = (await first.getAttribute('data-keys'))!.split(' ')[0]!;
          const [pair, side] = key.split(':');
          const counterpartId = `${pair}-${side === 'a' ? 'b' : 'a'}`;
          const ownCol = await first.evaluate((e) => e.closest('article')!.id);
          await first.click();
          const counterpart = page.locator(`[id="${counterpartId}"]`);
          await counterpart.waitFor();
          assert.notEqual(await counterpart.evaluate((e) => e.closest('article')!.id), ownCol, 'the counterpart is in another column');
          for (let i = 0; i < 50 && !(await counterpart.evaluate((e) => e.classList.contains('active'))); i++) await page.waitForTimeout(50);
          assert.ok(await counterpart.evaluate((e) => e.classList.contains('active')), 'the counterpart is highlighted');
          assert.ok(await first.evaluate((e) => e.classList.contains('active')), 'the clicked passage is highlighted too');
          await page.waitForTimeout(600);
          assert.ok(await counterpart.isVisible());
          const box = await counterpart.boundingBox();
          assert.ok(box && box.y >= 0 && box.y < 1000, 'the counterpart was scrolled into view');
          const [a, b] = [(await first.innerText()).trim(), (await counterpart.innerText()).trim()];
          assert.ok(a.length > 5 && b.length > 5);

          const quotes = page.locator('[data-testid=quote-table] tbody tr');
          assert.ok((await quotes.count()) >= 2, 'quote table has rows');
          const fidelities = await page.locator('[data-testid=quote-table] .fidelity').allInnerTexts();
          assert.ok(fidelities.includes('exact') && fidelities.some((f) => f === 'partial' || f === 'altered'), `fidelities: ${fidelities.join(',')}`);
          const framing = await page.locator('[data-testid=framing]').innerText();
          assert.match(framing, /canciller peruana|ministro chileno/, 'a designation is shown');
          assert.ok((await page.locator('[data-testid=timeline] li').count()) >= 1, 'timeline');
          assert.ok((await page.locator('svg[data-testid=provenance] a.node').count()) >= 2, 'provenance graph');
          assert.match(await page.locator('svg[data-testid=provenance]').innerHTML(), /rewrite/);
          await page.goto(page.url().split('#')[0]!);
          mkdirSync(dirname(SCREENSHOT), { recursive: true });
          await page.screenshot({ path: SCREENSHOT });
          await page.close();
        },
      ],
      [
        'entity page lists every designation by outlet',
        async () => {
          const res = (await (await fetch(`${server.url}/api/entities?limit=500`)).json()) as { items: { id: string; designations: number }[] };
          const e = res.items.find((x) => x.designations > 0);
          assert.ok(e, 'an entity with designations');
          const page = await open(`/entities/${encodeURIComponent(e.id)}`);
          const rows = page.locator('[data-testid=designations] tbody tr');
          assert.equal(await rows.count(), e.designations);
          await page.close();
        },
      ],
      [
        'article page: evidence for each judgement, and a toggle for the removed boilerplate with reasons',
        async () => {
          const withRemoved = [];
          for (const id of ids) {
            const a = (await (await fetch(`${server.url}/api/articles/${id}`)).json()) as { removed: unknown[]; quotes: unknown[] };
            if (a.removed.length && a.quotes.length) withRemoved.push(id);
          }
          assert.ok(withRemoved.length, 'an example article had boilerplate removed');
          const page = await open(`/articles/${withRemoved[0]}`);
          const evidence = await page.locator('[data-testid=evidence]').innerText();
          assert.match(evidence, /published/);
          assert.match(evidence, /outlet/);
          const list = page.locator('[data-testid=removed] ol');
          assert.equal(await list.isVisible(), false, 'removed boilerplate is hidden at first');
          await page.click('[data-testid=removed] summary');
          assert.equal(await list.isVisible(), true, 'the toggle shows it');
          assert.ok((await page.locator('[data-testid=removed] .reason').count()) >= 1);
          assert.ok((await page.locator('table.quotes tbody tr').count()) >= 1, 'quotes with speakers');
          await page.close();
        },
      ],
      [
        'XSS: hostile article text runs no script and shows escaped',
        async () => {
          const stories = (await (await fetch(`${server.url}/api/stories?limit=500`)).json()) as { items: { id: string; articles: string[] }[] };
          const story = stories.items.find((s) => s.articles.includes(hostile))!;
          const paths = [`/articles/${hostile}`, `/stories/${encodeURIComponent(story.id)}`, '/articles', `/articles?q=${encodeURIComponent('<script>')}`, '/', `/articles?q=${encodeURIComponent('Valdeluna')}`];
          for (const path of paths) {
            const page = await open(path);
            // Hover and click over every piece of text that could carry an injected handler.
            for (const el of await page.locator('.article-text, h1, td').all()) {
              await el.hover({ timeout: 1000 }).catch(() => undefined);
            }
            await page.locator('.article-text').first().click({ timeout: 1000 }).catch(() => undefined);
            const flag = await page.evaluate('window.__xss');
            assert.equal(flag, undefined, `${path}: an injected script ran (window.__xss = ${String(flag)})`);
            assert.equal(await page.locator('img[src=x], b[onclick], [onmouseover]').count(), 0, `${path}: injected elements`);
            await page.close();
          }
          const page = await open(`/articles/${hostile}`);
          const text = await page.locator('[data-testid=article-text]').innerText();
          assert.ok(text.includes('<script>window.__xss = 2</script>'), 'the markup is shown as text');
          assert.ok(text.includes('" onmouseover="window.__xss=3"'));
          assert.match(await page.locator('h1').innerText(), /<img src=x onerror="window.__xss=1">/);
          assert.equal(await page.locator('a[href^="javascript:"]').count(), 0, 'javascript: URLs are not linked');
          await page.close();
        },
      ],
      [
        'every asset is served locally and no page error occurred',
        async () => {
          assert.deepEqual(offsite, [], 'requests left the server');
          assert.deepEqual(errors, [], 'page errors');
        },
      ],
    ];
    for (const [name, fn] of cases) {
      const t = performance.now();
      try {
        await fn();
        result.passed++;
        log(`ok   ${name} (${Math.round(performance.now() - t)} ms)`);
      } catch (e) {
        result.failed++;
        result.failures.push({ name, error: (e as Error).stack ?? String(e) });
        log(`FAIL ${name}\n     ${(e as Error).message.split('\n').join('\n     ')}`);
      }
    }
  } finally {
    await browser?.close();
    await server.close();
    store.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return result;
}
