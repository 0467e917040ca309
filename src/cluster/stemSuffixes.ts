/**
 * Suffixes stripped by {@link stemWord}, longest first per language, as data built once. Light
 * stemming: inflections and the commonest derivations only, on accent-folded lower-case words.
 */
export const stemSuffixes: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  Object.entries({
    es: `amientos imientos aciones uciones amiento imiento idades adoras adores ancias encias mente acion ucion
      adora ador ancia encia idad ismos ismo istas ista ables ibles able ible osos osas oso osa ivos ivas ivo iva
      ando iendo aron ieron ados adas idos idas ado ada ido ida es os as s o a e`,
    en: `ational ations ation ements ement ments ment nesses ness ingly ings ing edly ies ied ers er ed ly es s`,
    pt: `amentos imentos acoes amento imento idades mente acao idade ismos ismo istas ista aveis ivel avel ados adas
      ado ada ido ida es os as s o a e`,
    fr: `issements issement ations ation ements ement ments ment ites ite euses euse eux ives ive es s e`,
    it: `amenti imenti azioni amento imento azione mente ita ismi ismo iste isti ista ati ate ato ata i e o a`,
    de: `ungen ung heiten heit keiten keit ern en er es e s n`,
  }).map(([lang, list]) => [lang, list.split(/\s+/).filter(Boolean).sort((a, b) => b.length - a.length || (a < b ? -1 : 1))]),
);
