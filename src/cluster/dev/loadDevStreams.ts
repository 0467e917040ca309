import { join } from 'node:path';
import type { ClusterDoc } from '../OnlineClusterer.ts';
import { fallbackEntities } from '../fallbackEntities.ts';
import { readEcbDocs } from './readEcbDocs.ts';
import { readNewsWcl } from './readNewsWcl.ts';
import { readUciHeadlines } from './readUciHeadlines.ts';

/** One labelled dev stream: articles in order of arrival, with a gold class and a group (ECB+ topic) each. */
export interface DevStream {
  docs: ClusterDoc[];
  gold: string[];
  group: string[];
}

type EntityFinder = (text: string, lang: string) => { text: string; type: string }[];
type TimeFinder = (text: string, o: { dct: string | null; lang: string }) => { value: string | null }[];

/**
 * Load the trained tagger and time resolver when they import and run, else the capitalised-run fallback
 * and no times.
 *
 * @returns The finders and which ones were used.
 */
export async function loadExtractors(): Promise<{ entities: EntityFinder; times: TimeFinder | null; used: string }> {
  let entities: EntityFinder = (t) => fallbackEntities(t);
  let times: TimeFinder | null = null;
  const used: string[] = [];
  try {
    const m = await import('../../extract/entities/findEntities.ts');
    m.findEntities('Nicolás Maduro habló en Caracas.', 'es');
    entities = m.findEntities;
    used.push('findEntities (trained NER)');
  } catch (e) {
    used.push(`fallbackEntities (findEntities failed: ${(e as Error).message.slice(0, 80)})`);
  }
  try {
    const m = await import('../../extract/time/findTimes.ts');
    m.findTimes('el 3 de noviembre de 2025', { dct: null, lang: 'es' });
    times = m.findTimes;
    used.push('findTimes');
  } catch (e) {
    used.push(`no times (findTimes failed: ${(e as Error).message.slice(0, 80)})`);
  }
  return { entities, times, used: used.join(' + ') };
}

/**
 * Build the dev streams for the clusterer from ../shared data: ECB+ documents of the given topics
 * interleaved round-robin across topics (undated, no titles), the UCI headlines in time order, and
 * NewsWCL50 spread across outlets.
 *
 * @param dataDir - The `../shared/data` folder.
 * @param ecbTopics - ECB+ topics to include.
 * @returns The three streams and the extractors used.
 */
export async function loadDevStreams(dataDir: string, ecbTopics: readonly number[]): Promise<{ ecb: DevStream; uci: DevStream; newswcl: DevStream; used: string }> {
  if (typeof dataDir !== 'string' || !Array.isArray(ecbTopics)) throw new TypeError('Expected a data folder and ECB+ topics');
  const ex = await loadExtractors();
  const mk = (id: string, title: string | null, text: string, published: string | null): ClusterDoc => {
    const body = text || title || '';
    return {
      id, title, text, lang: 'en', published,
      entities: ex.entities(title ? `${title}\n\n${text}` : body, 'en'),
      times: ex.times ? ex.times(body, { dct: published, lang: 'en' }) : [],
    };
  };
  const ecb: DevStream = { docs: [], gold: [], group: [] };
  const byTopic = new Map<number, ReturnType<typeof readEcbDocs>>();
  for (const d of readEcbDocs(join(dataDir, 'ecbplus-en-events'), ecbTopics)) {
    let l = byTopic.get(d.topic);
    if (!l) byTopic.set(d.topic, (l = []));
    l.push(d);
  }
  const lists = [...byTopic.values()];
  for (let i = 0; lists.some((l) => i < l.length); i++)
    for (const l of lists) {
      const d = l[i];
      if (!d) continue;
      ecb.docs.push(mk(d.id, null, d.text, null));
      ecb.gold.push(d.gold);
      ecb.group.push(String(d.topic));
    }
  const uci: DevStream = { docs: [], gold: [], group: [] };
  for (const d of readUciHeadlines(join(dataDir, 'uci-news-aggregator-sample', 'uci-news-aggregator.first6365.csv'))) {
    uci.docs.push(mk(d.id, d.title, '', d.published));
    uci.gold.push(d.gold);
    uci.group.push('all');
  }
  const newswcl: DevStream = { docs: [], gold: [], group: [] };
  for (const d of readNewsWcl(join(dataDir, 'newswcl50-cdcr', 'NewsWCL50.conll'))) {
    newswcl.docs.push(mk(d.id, d.title, d.text, null));
    newswcl.gold.push(d.gold);
    newswcl.group.push('all');
  }
  return { ecb, uci, newswcl, used: ex.used };
}
