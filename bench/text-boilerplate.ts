/**
 * Boilerplate removal on scraped plain text (one line per block).
 *
 *   node --import tsx bench/text-boilerplate.ts
 *
 * Scores src/clean/boilerplate/classifyLines on the Zyte/Scrapinghub development pages rendered as
 * text (../shared/data/scrapinghub-article-extraction-dev): mean bag-of-words token F1 per page of
 * the kept lines against the gold article body. Reports the committed model in sample, a 5-fold
 * page-level cross-validation (retrained per fold, the honest figure), two baselines, the seed
 * acceptance checks (../shared/seeds + gold/seeds.json must_keep / must_drop) and the speed.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sharedPath } from './lib/shared.ts';
import { tokenF1 } from './lib/tokenF1.ts';
import { classifyLines } from '../src/clean/boilerplate/classifyLines.ts';
import { crossValidate, DEFAULT_TRAIN, loadDevPages } from '../scripts/boilerplate/pipeline.ts';

export interface TextBoilerplateResult {
  pages: number;
  f1: number;
  cvF1: number;
  keepAllF1: number;
  long120F1: number;
  seedChecks: { passed: number; total: number; failures: string[] };
  msPerArticle: number;
}

interface SeedGold {
  articles: Record<string, { clean?: { must_keep?: string[]; must_drop?: string[] } }>;
}

const LEADING_DATE_TOKEN = /^\s*date \d{4}-\d\d-\d\d\s*/;
const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** Kept text of a page under the committed model. */
function kept(lines: readonly string[]): string {
  const v = classifyLines(lines);
  return lines.filter((_, i) => v[i]!.keep).join('\n');
}

function seedChecks(seedDir: string, goldFile: string): { passed: number; total: number; failures: string[] } {
  const gold = JSON.parse(readFileSync(goldFile, 'utf8')) as SeedGold;
  let passed = 0, total = 0;
  const failures: string[] = [];
  for (const file of readdirSync(seedDir).filter((f) => f.endsWith('.txt')).sort()) {
    const clean = gold.articles[file]?.clean;
    if (!clean) continue;
    const lines = readFileSync(join(seedDir, file), 'utf8').split(/\r?\n/);
    if (lines.length) lines[0] = lines[0]!.replace(LEADING_DATE_TOKEN, '');
    const text = squash(kept(lines));
    for (const s of clean.must_keep ?? []) {
      total++;
      if (text.includes(squash(s))) passed++;
      else failures.push(`${file}: must keep "${s.slice(0, 60)}"`);
    }
    for (const s of clean.must_drop ?? []) {
      total++;
      if (!text.includes(squash(s))) passed++;
      else failures.push(`${file}: must drop "${s.slice(0, 60)}"`);
    }
  }
  return { passed, total, failures };
}

export async function evalTextBoilerplate(): Promise<TextBoilerplateResult | null> {
  const dir = sharedPath('data', 'scrapinghub-article-extraction-dev');
  const seedDir = sharedPath('seeds');
  const goldFile = sharedPath('gold', 'seeds.json');
  if (!dir || !seedDir || !goldFile) {
    console.log('text-boilerplate: skipped (../shared data, seeds or gold not found)');
    return null;
  }
  const pages = loadDevPages(dir);
  let f1 = 0, keepAll = 0, long120 = 0;
  for (const p of pages) {
    f1 += tokenF1(kept(p.lines), p.gold).f1;
    keepAll += tokenF1(p.lines.join('\n'), p.gold).f1;
    long120 += tokenF1(p.lines.filter((l) => l.trim().length >= 120).join('\n'), p.gold).f1;
  }
  const n = pages.length;
  // speed: classify every page several times
  const reps = 5;
  let lines = 0;
  for (const p of pages) lines += p.lines.length;
  for (const p of pages) classifyLines(p.lines); // warm-up
  // CPU time of this process (wall-clock is unreliable on a shared machine)
  const c0 = process.cpuUsage();
  for (let r = 0; r < reps; r++) for (const p of pages) classifyLines(p.lines);
  const c1 = process.cpuUsage(c0);
  const msPerArticle = (c1.user + c1.system) / 1000 / (reps * n);
  const cv = crossValidate(pages, 5, DEFAULT_TRAIN);
  const seeds = seedChecks(seedDir, goldFile);
  const result: TextBoilerplateResult = {
    pages: n, f1: f1 / n, cvF1: cv.f1, keepAllF1: keepAll / n, long120F1: long120 / n, seedChecks: seeds, msPerArticle,
  };
  console.log(`text-boilerplate: ${n} pages (mean ${Math.round(lines / n)} lines)`);
  console.log(`  5-fold CV token F1 (by page):   ${result.cvF1.toFixed(4)}`);
  console.log(`  in-sample F1 (committed model): ${result.f1.toFixed(4)}`);
  console.log(`  baseline keep all lines:        ${result.keepAllF1.toFixed(4)}`);
  console.log(`  baseline lines >= 120 chars:    ${result.long120F1.toFixed(4)}`);
  console.log(`  seed checks: ${seeds.passed}/${seeds.total}`);
  for (const f of seeds.failures) console.log(`    FAIL ${f}`);
  console.log(`  speed (CPU time): ${msPerArticle.toFixed(3)} ms per article (${((msPerArticle * n * 50) / lines).toFixed(3)} ms per 50 lines)`);
  return result;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await evalTextBoilerplate();
