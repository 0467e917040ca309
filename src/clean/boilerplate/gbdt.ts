/**
 * Runtime side of a small gradient-boosted tree ensemble (binary logistic loss).
 * The trainer lives in scripts/boilerplate/gbdtTrain.ts; the JSON layout is shared.
 */

/** One tree, node-indexed: feature (-1 for a leaf), threshold (leaf value for a leaf), left, right child. */
export interface TreeJson {
  f: number[];
  t: number[];
  l: number[];
  r: number[];
}

export interface EnsembleJson {
  /** Number of features each row has. */
  dim: number;
  base: number;
  trees: TreeJson[];
}

/** Ensemble compiled for fast scoring: `score(x, offset)` returns the margin of the row at `offset`. */
export interface CompiledEnsemble {
  dim: number;
  base: number;
  score: (x: ArrayLike<number>, o: number) => number;
}

type ScoreFn = (x: ArrayLike<number>, o: number) => number;

/** Source of one tree as nested conditionals (x: features, o: row offset). */
function treeSource(tree: TreeJson, node: number): string {
  const f = tree.f[node]!;
  if (f < 0) return `s+=${tree.t[node]!};`;
  return `if(x[o+${f}]<${tree.t[node]!}){${treeSource(tree, tree.l[node]!)}}else{${treeSource(tree, tree.r[node]!)}}`;
}

/**
 * Compile the trees into straight-line JavaScript (built once per model, like a tree-compiler would),
 * in chunks small enough for the JIT to optimise. Only numbers from the model reach the source.
 */
function compileTrees(trees: readonly TreeJson[]): ScoreFn {
  const CHUNK = 16;
  const parts: ScoreFn[] = [];
  for (let k = 0; k < trees.length; k += CHUNK) {
    for (const t of trees.slice(k, k + CHUNK)) {
      if (![...t.f, ...t.t, ...t.l, ...t.r].every((v) => typeof v === 'number' && Number.isFinite(v))) {
        throw new Error('boilerplate model: non-numeric tree entry');
      }
    }
    const body = trees.slice(k, k + CHUNK).map((t) => treeSource(t, 0)).join('\n');
    parts.push(new Function('x', 'o', `let s=0;\n${body}\nreturn s;`) as ScoreFn);
  }
  if (parts.length === 1) return parts[0]!;
  return (x, o) => {
    let s = 0;
    for (let i = 0; i < parts.length; i++) s += parts[i]!(x, o);
    return s;
  };
}

export function compileEnsemble(e: EnsembleJson): CompiledEnsemble {
  return { dim: e.dim, base: e.base, score: compileTrees(e.trees) };
}

/** Margin (log-odds) of row `row` of the row-major matrix `x`. */
export function margin(m: CompiledEnsemble, x: ArrayLike<number>, row: number): number {
  return m.base + m.score(x, row * m.dim);
}

export const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));
