/**
 * Words that make a name an organisation whatever the tagger said in one sentence: newspapers, agencies,
 * broadcasters ("The Wall Street Journal", "Miami Herald", "Agencia EFE"). Data: add a word here.
 */
export const ORGANISATION_NAME = /(?<![\p{L}])(?:Journal|Post|Times|Herald|Tribune|Gazette|Chronicle|Telegraph|Guardian|Monitor|News|Press|Reuters|Agency|Agencia|Diario|Periódico|Gaceta|Noticias|Televisión|Television|Radio|Universidad|University|Banco|Bank|Ministerio|Ministry|Partido|Party|Asamblea|Assembly|Congreso|Congress|Tribunal|Court)(?![\p{L}])/u;
