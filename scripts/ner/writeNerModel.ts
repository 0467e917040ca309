import { gzipSync } from 'node:zlib';
import type { NerModelHeader } from '../../src/extract/entities/readNerModel.ts';

/**
 * Encode a trained model as a NER1 file: gzip of "NER1", uint32 header length, JSON header,
 * padding, int16 weights (symmetric linear quantisation with the scale in the header).
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
  const pad = (8 + json.length) % 2;
  const head = Buffer.alloc(8);
  head.write('NER1', 0, 'latin1');
  head.writeUInt32LE(json.length, 4);
  const body = Buffer.from(q.buffer, q.byteOffset, q.byteLength);
  const bytes = gzipSync(Buffer.concat([head, json, Buffer.alloc(pad), body]), { level: 9 });
  return { bytes, quantised: q, scale, transitions, start };
}
