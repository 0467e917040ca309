/** A one-line progress display on a TTY stream; silent elsewhere. */
export interface Progress {
  update(done: number, failed: number): void;
  finish(): void;
}

/**
 * Create a progress bar on `stream` when it is a terminal (a counter when the total is unknown).
 * @param stream usually process.stderr
 * @param total expected number of items, or 0 when unknown
 */
export function createProgress(stream: NodeJS.WriteStream, total: number): Progress {
  if (!stream.isTTY) return { update() {}, finish() {} };
  const start = performance.now();
  let last = 0;
  let shown = false;
  const draw = (done: number, failed: number): void => {
    const rate = done / Math.max((performance.now() - start) / 1000, 1e-3);
    const width = 30;
    const bar = total > 0 ? `[${'#'.repeat(Math.min(width, Math.round((done / total) * width))).padEnd(width, '.')}] ` : '';
    const count = total > 0 ? `${done}/${total}` : `${done}`;
    stream.write(`\r${bar}${count} inputs, ${failed} failed, ${rate.toFixed(0)}/s   `);
    shown = true;
  };
  return {
    update(done, failed) {
      const now = performance.now();
      if (now - last < 100) return;
      last = now;
      draw(done, failed);
    },
    finish() {
      if (shown) stream.write('\n');
    },
  };
}
