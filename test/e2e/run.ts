// Runs the end-to-end UI tests: `node --import tsx test/e2e/run.ts`. Prints `N passed, N failed`;
// exits 1 on any failure, 0 when everything passed or when Chromium is missing (the reason is printed).
import { runUiTests } from './ui.e2e.ts';

const t = performance.now();
const r = await runUiTests();
if (r.skipped) {
  console.log(`e2e skipped: ${r.skipped}`);
  console.log('0 passed, 0 failed');
} else {
  for (const f of r.failures) console.error(`\n--- ${f.name}\n${f.error}`);
  console.log(`${r.passed} passed, ${r.failed} failed (${((performance.now() - t) / 1000).toFixed(1)} s)`);
}
process.exit(r.failed ? 1 : 0);
