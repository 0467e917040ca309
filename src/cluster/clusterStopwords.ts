import { STOPWORDS } from '../clean/boilerplate/patterns.ts';
import { foldAccents } from '../text/foldAccents.ts';

/** News words too common to tell events apart (lower case, accent-folded); added to the shared stop list. */
const EXTRA = `pero tambien mas solo todo todos toda todas cada otro ademas hace hacer hizo puede pueden dos tres
  ano anos dia dias ayer hoy manana semana mes meses vez veces parte gran nuevo nueva asi donde mientras ello sino
  would could also just like new one two three first last week day days time told says said year years people
  will can may might get got make made many much well back still even way going says including around another`;

/**
 * The stop words of the clusterer: the shared multilingual list (patterns.ts) accent-folded the way
 * `normalizeTokens` folds words, plus common news words; built once at module load.
 */
export const clusterStopwords: ReadonlySet<string> = new Set(
  [...STOPWORDS, ...EXTRA.split(/\s+/).filter(Boolean)].map(foldAccents),
);
