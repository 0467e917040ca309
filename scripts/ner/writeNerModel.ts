import { gzipSync } from 'node:zlib';
import type { NerModelHeader } from '../../src/extract/entities/readNerModel.ts';

/**
 * Encode a trained model as a NER2 file: gzip of "NER2", uint32 header length, JSON header,
 * padding to 4 bytes, then per stage the sparse int16 weights (symmetric linear quantisation with
 * the scale in the header): uint32 count of non-zero buckets, their uint32 ids, their weights.
 *
 * @param header - Everything but `scale` (transitions and start in float units).
 * @param weights1 - Float weights, `2^hashBits * labels`.
 * @param weights2 - The second stage's weights, if any (same size; `header.stage2` holds its transitions).
 * @returns The gzipped file bytes and the quantised weights (for evaluating what ships).
 */
export function writeNerModel(
  header: Omit<NerModelHeader, 'scale'>,
  weights1: Float32Array | Float64Array,
  weights2?: Float32Array | Float64Array,
): { bytes: Buffer; quantised: Int16Array; scale: number; transitions: number[]; start: number[] } {
  let weights = weights1;
  if (weights2) {
    weights = new Float32Array(weights1.length + weights2.length);
    weights.set(weights1);
    weights.set(weights2, weights1.length);
  }
  let maxAbs = 0;
  for (let i = 0; i < weights.length; i++) {
    const a = Math.abs(weights[i]!);
    if (a > maxAbs) maxAbs = a;
  }
  const scale = maxAbs > 0 ? maxAbs / 32767 : 1;
  const q = new Int16Array(weights.length);
  for (let i = 0; i < weights.length; i++) q[i] = Math.round(weights[i]! / scale);
  const transitions = header.transitions.map((x) => x / scale);
  const start = header.start.map((x) => x / scale);
  const stage2 = header.stage2 && { transitions: header.stage2.transitions.map((x) => x / scale), start: header.stage2.start.map((x) => x / scale) };
  const json = Buffer.from(JSON.stringify({ ...header, scale, transitions, start, stage2 }), 'utf8');
  const pad = (4 - ((8 + json.length) % 4)) % 4;
  const head = Buffer.alloc(8);
  head.write('NER2', 0, 'latin1');
  head.writeUInt32LE(json.length, 4);
  // Sparse body: per stage, the number of non-zero buckets, their ids, then their L weights each
  // (most buckets are never updated, so this is far smaller to gunzip than the dense table).
  const L = header.labels.length;
  const parts: Buffer[] = [];
  const stageSize = weights1.length;
  for (let s0 = 0; s0 < q.length; s0 += stageSize) {
    const ids: number[] = [];
    for (let b = 0; b < stageSize / L; b++) {
      for (let y = 0; y < L; y++) {
        if (q[s0 + b * L + y] !== 0) {
          ids.push(b);
          break;
        }
      }
    }
    const idArr = Uint32Array.from(ids);
    const vals = new Int16Array(ids.length * L + (ids.length * L) % 2);
    ids.forEach((b, k) => vals.set(q.subarray(s0 + b * L, s0 + (b + 1) * L), k * L));
    const n = Buffer.alloc(4);
    n.writeUInt32LE(ids.length, 0);
    parts.push(n, Buffer.from(idArr.buffer), Buffer.from(vals.buffer));
  }
  const bytes = gzipSync(Buffer.concat([head, json, Buffer.alloc(pad), ...parts]), { level: 9 });
  return { bytes, quantised: q, scale, transitions, start };
}
