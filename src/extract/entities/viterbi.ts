/**
 * First-order Viterbi decoding (Viterbi 1967) over per-token label scores plus label-transition
 * and start scores; use `-Infinity` entries to forbid transitions (e.g. BIO constraints).
 *
 * @param emissions - Scores, `n * L`, token-major.
 * @param n - Number of tokens.
 * @param L - Number of labels.
 * @param transitions - `L * L` scores, `[prev * L + cur]`.
 * @param start - `L` scores for the first label.
 * @param out - Receives the best label sequence (length ≥ n).
 * @returns `out`.
 */
export function viterbi(
  emissions: Float64Array,
  n: number,
  L: number,
  transitions: Float64Array,
  start: Float64Array,
  out: Int32Array,
): Int32Array {
  if (n === 0) return out;
  if (emissions.length < n * L || out.length < n) throw new TypeError('Expected buffers of at least n * L scores and n labels');
  const delta = scratch(n * L);
  const back = backScratch(n * L);
  for (let y = 0; y < L; y++) delta[y] = start[y]! + emissions[y]!;
  for (let i = 1; i < n; i++) {
    const base = i * L;
    const prevBase = base - L;
    for (let y = 0; y < L; y++) {
      let best = -Infinity;
      let arg = 0;
      for (let p = 0; p < L; p++) {
        const s = delta[prevBase + p]! + transitions[p * L + y]!;
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      delta[base + y] = best + emissions[base + y]!;
      back[base + y] = arg;
    }
  }
  let best = -Infinity;
  let arg = 0;
  const last = (n - 1) * L;
  for (let y = 0; y < L; y++) {
    if (delta[last + y]! > best) {
      best = delta[last + y]!;
      arg = y;
    }
  }
  for (let i = n - 1; i >= 0; i--) {
    out[i] = arg;
    arg = back[i * L + arg]!;
  }
  return out;
}

let deltaBuf = new Float64Array(4096);
let backBuf = new Int32Array(4096);

/** Reusable score lattice. */
function scratch(size: number): Float64Array {
  if (deltaBuf.length < size) deltaBuf = new Float64Array(size * 2);
  return deltaBuf;
}

/** Reusable back-pointer lattice. */
function backScratch(size: number): Int32Array {
  if (backBuf.length < size) backBuf = new Int32Array(size * 2);
  return backBuf;
}
