/**
 * Known written variants of the same name that string rules cannot join: abbreviations and short forms.
 * Each row lists the forms of one entity; the first is its canonical name. Data: add a row to add an alias.
 */
export const ALIAS_GROUPS: readonly (readonly string[])[] = [
  ['Estados Unidos', 'EE.UU.', 'EE. UU.', 'EEUU', 'EUA', 'USA', 'U.S.', 'US', 'United States', 'the United States', 'U.S.A.'],
  ['Reino Unido', 'RU', 'UK', 'U.K.', 'United Kingdom', 'Gran Bretaña', 'Britain', 'Great Britain'],
  ['Unión Europea', 'UE', 'EU', 'European Union'],
  ['Organización de las Naciones Unidas', 'ONU', 'Naciones Unidas', 'UN', 'United Nations'],
  ['Organización del Tratado del Atlántico Norte', 'OTAN', 'NATO'],
  ['Organización de Estados Americanos', 'OEA', 'OAS'],
  ['Fondo Monetario Internacional', 'FMI', 'IMF'],
  ['Venezolana de Televisión', 'VTV'],
  ['Unión Soviética', 'URSS', 'USSR', 'Soviet Union'],
  ['Rusia', 'Russia', 'Federación Rusa', 'Russian Federation'],
  ['Corea del Norte', 'North Korea', 'RPDC'],
  ['Corea del Sur', 'South Korea'],
];

/** Words dropped from the front of organisation names when comparing them ("The Washington Post" = "Washington Post"). */
export const LEADING_ARTICLES: readonly string[] = ['the', 'el', 'la', 'los', 'las'];
