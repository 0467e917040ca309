import { gunzipSync } from 'node:zlib';
import { Featurizer } from './Featurizer.ts';
import { Gazetteer } from './Gazetteer.ts';
import { DocumentTagger } from './DocumentTagger.ts';
import { SequenceTagger, type SequenceModel } from './SequenceTagger.ts';

/** File magic of a cotejo NER model: dense weights (NER1) or sparse (NER2). */
const MAGIC = 'NER1';
const MAGIC_SPARSE = 'NER2';

/** The JSON header of a model file. */
export interface NerModelHeader {
  lang: string;
  labels: string[];
  hashBits: number;
  /** Dequantisation factor (float weight = int16 × scale); transitions/start are stored already divided by it. */
  scale: number;
  transitions: number[];
  start: number[];
  /** "form\tpacked" lines. */
  clusters: string;
  /** "lower\tbucket" lines. */
  caseInfo: string;
  /** Serialised gazetteer. */
  gazetteer: string;
  /** Serialised external name lists (masks are list ids; optional, see Featurizer). */
  externalGazetteer?: string;
  /** Names of the external lists, by bit of the mask. */
  externalLists?: string[];
  /** "form\tpath" lines: hierarchical cluster paths (optional). */
  paths?: string;
  /** Length of the paths in bits. */
  pathBits?: number;
  /** Free-form training provenance. */
  meta: Record<string, unknown>;
  /** Second (document-level) stage: its transitions and start scores; its weights follow the first stage's. */
  stage2?: { transitions: number[]; start: number[] };
}

/**
 * Decode a model file (gzip of: "NER1", uint32 header length, JSON header, padding to an even
 * offset, little-endian int16 weights of the first stage, then of the second stage if any; or
 * "NER2" with the same header and sparse weights, see scripts/ner/writeNerModel.ts) into
 * `SequenceModel`s.
 *
 * @param file - The raw (gzipped) file contents.
 * @returns The model and its header.
 */
export function readNerModel(file: Uint8Array): { model: SequenceModel; header: NerModelHeader; stage2?: SequenceModel } {
  if (!(file instanceof Uint8Array)) throw new TypeError('Expected the model file as a Uint8Array');
  const raw = gunzipSync(file);
  const magic = raw.toString('latin1', 0, 4);
  if (magic !== MAGIC && magic !== MAGIC_SPARSE) throw new TypeError('Expected a NER1 or NER2 model file');
  const hlen = raw.readUInt32LE(4);
  const header = JSON.parse(raw.toString('utf8', 8, 8 + hlen)) as NerModelHeader;
  const L = header.labels.length;
  const size = (1 << header.hashBits) * L;
  const stages = header.stage2 ? 2 : 1;
  let off = 8 + hlen;
  let weights: Int16Array;
  if (magic === MAGIC_SPARSE) {
    off += (4 - (off % 4)) % 4;
    weights = new Int16Array(size * stages);
    for (let st = 0; st < stages; st++) {
      const n = raw.readUInt32LE(off);
      off += 4;
      const ids = new Uint32Array(raw.buffer.slice(raw.byteOffset + off, raw.byteOffset + off + n * 4));
      off += n * 4;
      const nv = n * L + ((n * L) % 2);
      const vals = new Int16Array(raw.buffer.slice(raw.byteOffset + off, raw.byteOffset + off + nv * 2));
      off += nv * 2;
      const base = st * size;
      for (let k = 0; k < n; k++) {
        const to = base + ids[k]! * L;
        const from = k * L;
        for (let y = 0; y < L; y++) weights[to + y] = vals[from + y]!;
      }
    }
    if (off !== raw.length) throw new TypeError('Expected the sparse weights to fill the file');
  } else {
    if (off % 2) off++;
    const count = (raw.length - off) >> 1;
    weights =
      (raw.byteOffset + off) % 2 === 0
        ? new Int16Array(raw.buffer, raw.byteOffset + off, count)
        : new Int16Array(raw.buffer.slice(raw.byteOffset + off, raw.byteOffset + off + count * 2));
    if (count !== size * stages) throw new TypeError('Expected weights of size 2^hashBits * labels per stage');
  }
  const featurizer = new Featurizer({
    hashBits: header.hashBits,
    clusters: parseMap(header.clusters),
    caseInfo: parseMap(header.caseInfo),
    gazetteer: Gazetteer.parse(header.gazetteer),
    ...(header.externalGazetteer !== undefined ? { externalGazetteer: Gazetteer.parse(header.externalGazetteer) } : {}),
    ...(header.paths !== undefined ? { paths: parseMap(header.paths), pathBits: header.pathBits ?? 0 } : {}),
  });
  return {
    header,
    model: { labels: header.labels, featurizer, weights: weights.subarray(0, size), transitions: header.transitions, start: header.start },
    stage2: header.stage2
      ? { labels: header.labels, featurizer, weights: weights.subarray(size), transitions: header.stage2.transitions, start: header.stage2.start }
      : undefined,
  };
}

/** Parse "key\tnumber" lines. */
function parseMap(text: string): Map<string, number> {
  const m = new Map<string, number>();
  if (!text) return m;
  let pos = 0;
  while (pos < text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    const tab = text.lastIndexOf('\t', nl);
    m.set(text.slice(pos, tab), +text.slice(tab + 1, nl));
    pos = nl + 1;
  }
  return m;
}

/**
 * The document tagger a decoded model describes (one or two stages).
 *
 * @param read - `readNerModel` output.
 */
export function documentTaggerOf(read: ReturnType<typeof readNerModel>): DocumentTagger {
  const s2 = read.stage2;
  return new DocumentTagger(new SequenceTagger(read.model), s2 && new SequenceTagger(s2));
}
