import { fileURLToPath } from 'node:url';
import { collectTraining } from './collectTraining.ts';
import { fitLogistic } from './fitLogistic.ts';
import { loadDevStreams, type DevStream } from './loadDevStreams.ts';

/**
 * Fit the event decision weights of `decisionWeights.ts` on the dev streams (Miranda et al. 2018,
 * "Multilingual Clustering of Streaming News"): gold-replayed candidate features, logistic regression
 * (L2 = 1) with each stream given the same total weight and ECB+ (split into odd and even topics) twice
 * that. The join threshold (0.25) was then chosen on B-cubed F1 (Bagga & Baldwin 1998) of whole runs.
 *
 * @param streams - ECB+ (topics 1–35), UCI and NewsWCL50 dev streams from `loadDevStreams`.
 * @returns `[bias, body, title, entities, ln size]`.
 */
export function fitDecision(streams: { ecb: DevStream; uci: DevStream; newswcl: DevStream }): number[] {
  const half = (odd: boolean): DevStream => {
    const keep = (i: number): boolean => Number(streams.ecb.group[i]) % 2 === (odd ? 1 : 0);
    return { docs: streams.ecb.docs.filter((_, i) => keep(i)), gold: streams.ecb.gold.filter((_, i) => keep(i)), group: streams.ecb.group.filter((_, i) => keep(i)) };
  };
  const parts: [DevStream, number][] = [[half(true), 2], [half(false), 2], [streams.uci, 1], [streams.newswcl, 1]];
  const x: number[][] = [], y: number[] = [], w: number[] = [];
  for (const [st, weight] of parts) {
    const t = collectTraining(st.docs, st.gold);
    x.push(...t.x);
    y.push(...t.y);
    for (let i = 0; i < t.x.length; i++) w.push((weight * 1000) / t.x.length);
  }
  return fitLogistic(x, y, 1, w);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { sharedPath } = await import('../../../bench/lib/shared.ts');
  const data = sharedPath('data');
  if (!data) console.log('fitDecision: ../shared/data is absent');
  else console.log(JSON.stringify(fitDecision(await loadDevStreams(data, Array.from({ length: 35 }, (_, i) => i + 1))).map((v) => Number(v.toFixed(2)))));
}
