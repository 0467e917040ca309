/**
 * Train the boilerplate line classifier and write models/boilerplate.json.
 *
 *   node --import tsx scripts/train-boilerplate.ts [--cv] [--out models/boilerplate.json]
 *
 * Reads ../shared/data/scrapinghub-article-extraction-dev in place (lines labelled by matching them
 * to the gold article body). Deterministic: fixed seeds for folds, row and column sampling.
 * With --cv it first prints the 5-fold page-level cross-validated token F1.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO, sharedPath } from '../bench/lib/shared.ts';
import { crossValidate, DEFAULT_TRAIN, loadDevPages, meanF1, trainModel } from './boilerplate/pipeline.ts';

function main(): void {
  const dir = sharedPath('data', 'scrapinghub-article-extraction-dev');
  if (!dir) {
    console.error('train-boilerplate: ../shared/data/scrapinghub-article-extraction-dev not found');
    process.exitCode = 1;
    return;
  }
  const args = process.argv.slice(2);
  const outIdx = args.indexOf('--out');
  const out = outIdx >= 0 && args[outIdx + 1] ? args[outIdx + 1]! : join(REPO, 'models', 'boilerplate.json');
  const pages = loadDevPages(dir);
  console.log(`pages: ${pages.length}`);
  if (args.includes('--cv')) {
    const t0 = performance.now();
    const cv = crossValidate(pages, 5, DEFAULT_TRAIN);
    console.log(`5-fold CV token F1: ${cv.f1.toFixed(4)} (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
  }
  const model = trainModel(pages, DEFAULT_TRAIN);
  writeFileSync(out, JSON.stringify(model));
  console.log(`in-sample token F1: ${meanF1(model, pages).toFixed(4)}`);
  console.log(`wrote ${out}`);
}

main();
