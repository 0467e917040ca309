import type { Grammar } from '../Grammar.ts';

/** English time grammar (stub). */
export const en: Grammar = {
  lang: 'en',
  lexicon: { month: { january: 1 }, weekday: { monday: 1 }, number: { one: 1 }, unit: { year: 'Y' }, direction: { last: -1 }, deictic: { today: 0 }, part: { morning: 'TMO' }, season: { summer: 'SU' } },
  macros: {},
  triggers: ['today'],
  triggerTables: [],
  caseSensitive: ['May'],
  future: '(?:will)',
  futureBefore: '(?:until)\\s*$',
  rules: [{ id: 'today', type: 'DATE', value: { kind: 'deictic', unit: 'D' }, pattern: '(?<deictic>today)' }],
};
