/**
 * The learned "join the best event vs open a new one" model of `OnlineClusterer`: logistic weights over
 * the sub-similarities of Miranda et al. 2018 ("Multilingual Clustering of Streaming News"), fitted by
 * `src/cluster/dev/fitDecision.ts` on the dev streams (ECB+ topics 1–35, UCI headlines, NewsWCL50).
 * Feature order: bias, body cosine, title cosine (lead sentence when there is no title), entity cosine,
 * ln(1 + event size). Stories reuse the event weights with a wider time grace; the time penalties are
 * priors, not fitted (the dev streams are undated or span 36 hours).
 */
export const decisionWeights = {
  event: [-6.25, 7.4, 3.72, 5.75, 0.23] as readonly number[],
  story: [-6.25, 7.4, 3.72, 5.75, 0.23] as readonly number[],
} as const;
