/**
 * Country and major-region names (Spanish and English). A name here is a place (LOC) whatever role it plays
 * in a sentence, so an entity's type is not left to per-sentence votes. Data: add a name to add a place.
 */
export const PLACE_NAMES: readonly string[] = (
  'Afganistán|Albania|Alemania|Angola|Arabia Saudí|Arabia Saudita|Argelia|Argentina|Armenia|Australia|Austria|Azerbaiyán|' +
  'Bélgica|Bielorrusia|Bolivia|Bosnia|Brasil|Bulgaria|Canadá|Chile|China|Chipre|Colombia|Corea del Norte|Corea del Sur|' +
  'Costa Rica|Croacia|Cuba|Dinamarca|Ecuador|Egipto|El Salvador|Emiratos Árabes Unidos|Eslovaquia|Eslovenia|España|' +
  'Estados Unidos|Estonia|Etiopía|Filipinas|Finlandia|Francia|Georgia|Grecia|Guatemala|Haití|Honduras|Hungría|India|' +
  'Indonesia|Irak|Irán|Irlanda|Islandia|Israel|Italia|Japón|Jordania|Kazajistán|Kenia|Kosovo|Letonia|Líbano|Libia|Lituania|' +
  'Marruecos|México|Moldavia|Mongolia|Nicaragua|Nigeria|Noruega|Nueva Zelanda|Países Bajos|Pakistán|Palestina|Panamá|' +
  'Paraguay|Perú|Polonia|Portugal|Reino Unido|República Dominicana|Rumania|Rumanía|Rusia|Serbia|Siria|Sudáfrica|Sudán|' +
  'Suecia|Suiza|Tailandia|Taiwán|Turquía|Ucrania|Uruguay|Venezuela|Vietnam|Yemen|' +
  'Europa|América Latina|Latinoamérica|Asia|África|Oriente Medio|Oriente Próximo|Caribe|Mediterráneo|' +
  'Afghanistan|Algeria|Brazil|Canada|Egypt|England|France|Germany|Greece|Hungary|Iran|Iraq|Ireland|Italy|Japan|' +
  'Lebanon|Mexico|Morocco|Netherlands|North Korea|South Korea|Norway|Peru|Poland|Russia|Saudi Arabia|Scotland|Spain|' +
  'Sweden|Switzerland|Syria|Turkey|Ukraine|United Kingdom|United States|Wales|Europe|Latin America|Middle East|Africa|Caribbean|' +
  'Moscú|Caracas|Madrid|Barcelona|Lima|Bogotá|Quito|Santiago de Chile|Buenos Aires|La Habana|Managua|La Paz|Asunción|' +
  'Montevideo|Ciudad de México|Brasilia|Pekín|Teherán|Kiev|Kyiv|Londres|París|Berlín|Roma|Bruselas|Ginebra|Nueva York|' +
  'Moscow|Beijing|Tehran|London|Paris|Berlin|Rome|Brussels|Geneva|New York|Havana|Mexico City|Bogota'
).split('|');
