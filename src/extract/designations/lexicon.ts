/**
 * Designation lexicon: the head nouns of titles and roles that name a person or body without its name,
 * and the words that carry judgement. Data, not code: add a title or a loaded word here.
 */

/** Head nouns of person designations (singular, lower case), by language. */
export const PERSON_HEADS: Readonly<Record<'es' | 'en', readonly string[]>> = {
  es: [
  'viceprimer ministro', 'viceprimera ministra', 'primer ministro', 'primera ministra', 'jefe de Estado', 'jefa de Estado',
  'jefe de Gobierno', 'jefa de Gobierno', 'secretario general', 'secretaria general',
  'presidente', 'presidenta', 'vicepresidente', 'vicepresidenta', 'mandatario', 'mandataria', 'gobernante', 'líder', 'lider',
  'dirigente', 'jefe', 'jefa', 'portavoz', 'vocero', 'vocera', 'ministro', 'ministra', 'viceministro', 'viceministra', 'canciller',
  'secretario', 'secretaria', 'embajador', 'embajadora', 'negociador', 'negociadora', 'diplomático', 'diplomática', 'dictador',
  'dictadora', 'rey', 'reina', 'príncipe', 'alcalde', 'alcaldesa', 'gobernador', 'gobernadora', 'senador', 'senadora',
  'diputado', 'diputada', 'general', 'comandante', 'coronel', 'fiscal', 'juez', 'jueza', 'opositor', 'opositora', 'caudillo',
  ],
  en: [
  'prime minister', 'foreign minister', 'head of state', 'secretary of state', 'secretary general', 'president', 'vice president', 'leader', 'spokesman', 'spokeswoman', 'spokesperson', 'minister', 'chancellor', 'secretary',
  'ambassador', 'negotiator', 'diplomat', 'dictator', 'strongman', 'king', 'queen', 'mayor', 'governor', 'senator',
  'congressman', 'congresswoman', 'general', 'commander', 'prosecutor', 'judge', 'ruler', 'chief',
  ],
};

/** Words that make a designation loaded: they carry judgement where a neutral title would do. */
export const LOADED_WORDS: readonly string[] = [
  'régimen', 'regimen', 'regímenes', 'dictador', 'dictadora', 'dictadura', 'dictaduras', 'dictatorial', 'tirano', 'tiranía',
  'autócrata', 'autocrático', 'autoritario', 'caudillo', 'usurpador', 'usurpadora', 'narcodictadura', 'narcorrégimen',
  'narcoestado', 'sátrapa', 'déspota', 'chavismo', 'castrismo', 'terrorista', 'títere', 'cabecilla',
  'regime', 'dictator', 'dictatorship', 'strongman', 'tyrant', 'tyranny', 'despot', 'autocrat', 'autocratic', 'thug',
  'puppet', 'warlord', 'junta', 'ringleader',
];

/** Determiners and contracted prepositions that open a designation ("el mandatario", "al líder chavista"). */
export const DETERMINERS: readonly string[] = ['el', 'la', 'los', 'las', 'del', 'al', 'su', 'sus', 'the', 'a', 'an', 'its', 'his', 'her', 'their'];

/** Prepositions that open a designation's complement ("de Venezuela", "of Russia"). */
export const COMPLEMENT_PREPOSITIONS: readonly string[] = ['de', 'del', 'de la', 'de los', 'de las', 'of', 'of the'];

/** Words that end a designation's complement: clause openers and prepositions of place and time. */
export const COMPLEMENT_STOPS: readonly string[] = [
  'en', 'que', 'con', 'para', 'por', 'a', 'y', 'e', 'o', 'se', 'ha', 'había', 'fue', 'es', 'está', 'durante', 'tras', 'desde',
  'hasta', 'sobre', 'ante', 'entre', 'in', 'that', 'with', 'for', 'by', 'and', 'or', 'has', 'had', 'was', 'is', 'during',
  'after', 'since', 'until', 'on', 'at', 'to', 'who', 'quien', 'quienes', 'cuyo', 'cuya', 'han', 'dijo', 'hizo', 'fue',
  'tuvo', 'puso', 'dio', 'quiso', 'pudo', 'estuvo', 'trajo', 'said', 'told', 'says', 'added',
];
