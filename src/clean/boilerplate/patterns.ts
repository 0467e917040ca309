/**
 * Data for the line-level boilerplate classifier: stop-word lists, call-to-action and chrome lexicons,
 * and the regular expressions built from them. Everything here is built once, at module load.
 * Multilingual: Spanish and English first, plus Portuguese, French, German and Italian.
 */

const STOPWORD_LISTS: Record<string, string> = {
  en: `a about after against all also an and any are as at be been before being between both but by can could did do does
    during each for from had has have he her here him his how i if in into is it its just me more most my no nor not now of on
    once only or other our out over own same she should so some such than that the their them then there these they this those
    through to too under until up very was we were what when where which while who whom why will with would you your said says
    according told year years because however since says`,
  es: `a al algo algunas algunos ante antes como con contra cual cuando de del desde donde durante e el ella ellas ellos en entre
    era es esa esas ese eso esos esta estaba estado estas este esto estos fue fueron ha había han hasta hay la las le les lo los
    más me mi muy nada ni no nos o otra otras otro otros para pero poco por porque que quien se sea según ser si sido sin sobre
    son su sus también tanto te tiene tras un una uno unos y ya dijo afirmó aseguró señaló está están será sería cuyo cuya`,
  pt: `ao aos as às com como da das de dela dele do dos e ela ele eles em entre era essa esse esta este eu foi foram há isso
    já mais mas muito na nas nem no nos não o os ou para pela pelo por qual quando que quem se seu sua são também um uma
    disse segundo ainda sobre até depois`,
  fr: `à au aux avec ce ces cette dans de des du elle en est et été il ils je la le les leur lui mais même ne nous on ou où par
    pas plus pour qu que qui sa se ses son sont sur un une vous était ont avait été selon aussi après avant entre comme dit`,
  de: `aber als am an auch auf aus bei bis das dass dem den der des die doch ein eine einem einen einer eines er es für hat
    hatte im in ist ja kann mit nach nicht noch nur oder sein sich sie sind so über um und uns von vor war wird wie wir zu zum
    zur wurde wurden sagte sowie gegen seit`,
  it: `a al alla anche che ci come con da dal dalla degli dei del della delle di e è gli ha hanno il in la le lo ma nel nella
    non per più quando questo se si sono su sua suo tra un una uno ad essere stato stata dopo secondo ha detto`,
};

/** Union of the stop-word lists, lower-cased. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  Object.values(STOPWORD_LISTS).flatMap((s) => s.split(/\s+/).filter(Boolean)),
);

/** Month names and abbreviations (es, en, pt, fr, de, it) for date-only detection. */
const MONTHS = `january february march april may june july august september october november december
  jan feb mar apr jun jul aug sep sept oct nov dec
  enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre
  ene abr ago dic
  janeiro fevereiro março maio junho julho setembro outubro novembro dezembro
  janvier février mars avril mai juin juillet août septembre octobre novembre décembre
  januar februar märz juni juli oktober dezember
  gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre`;
const WEEKDAYS = `monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thurs fri sat sun
  lunes martes miércoles jueves viernes sábado domingo
  segunda terça quarta quinta sexta sábado domingo feira
  lundi mardi mercredi jeudi vendredi samedi dimanche
  montag dienstag mittwoch donnerstag freitag samstag sonntag
  lunedì martedì mercoledì giovedì venerdì sabato domenica`;
/** Words that may appear in a date-only line besides numbers, months and weekdays. */
const DATE_FILLERS = `de del of the at am pm a.m p.m a p m um à le el o h hrs hs utc gmt est edt cet et updated actualizado publicado
  published posted updated modificado atualizado publié mis à jour aggiornato veröffentlicht on el de en ago hace minutes
  minutos hours horas days días min hour hora day día last`;

export const DATE_WORDS: ReadonlySet<string> = new Set(
  `${MONTHS} ${WEEKDAYS} ${DATE_FILLERS}`.split(/\s+/).filter(Boolean),
);

/** Lead-ins of in-body promos (a link to another article, written as a sentence lead). */
const PROMO_LEADS = [
  'conozca', 'lea también', 'lea tambien', 'lee también', 'lee tambien', 'leer también', 'leer más', 'lea más', 'ver también',
  'te puede interesar', 'le puede interesar', 'puede interesarte', 'también te puede interesar', 'más información', 'relacionado',
  'relacionada', 'relacionadas', 'relacionados', 'noticia relacionada', 'noticias relacionadas', 'te recomendamos', 'mira también',
  'mira', 'vea también', 'vea', 'no te pierdas', 'recomendado', 'recomendados', 'lo más leído', 'también lee', 'ver más', 'última hora',
  'read more', 'read also', 'also read', 'related', 'related stories', 'related articles', 'related coverage', 'related content',
  'see also', 'more from', 'recommended', 'trending', 'most read', 'most popular', 'most viewed', "don't miss", 'watch',
  'watch more', 'more on this', 'more stories', 'up next', 'next article', 'previous article', 'next', 'previous', 'siguiente',
  'anterior', 'leia também', 'leia mais', 'veja também', 'lire aussi', 'à lire aussi', 'voir aussi', 'lesen sie auch',
  'mehr zum thema', 'auch interessant', 'leggi anche', 'potrebbe interessarti', 'click here', 'haz clic aquí', 'pulsa aquí',
];
const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alt = (xs: readonly string[]): string => xs.map(escapeRe).sort((a, b) => b.length - a.length).join('|');

/** A line opening with a promo lead-in followed by ':' or a dash, or consisting only of it. */
export const PROMO_LEAD_RE = new RegExp(`^[\\s•·*»>\\-–—|]*(?:${alt(PROMO_LEADS)})\\s*(?:[:»>|\\-–—]|\\.\\.\\.|…|$)`, 'iu');

/** Calls to action: subscribe, newsletters, donations, follow us, apps. Imperatives only, so news about signing agreements passes. */
const CTA_WORDS = [
  'suscríbete', 'suscribete', 'suscríbase', 'suscribase', 'suscríbanse', 'suscripción', 'suscripciones', 'hazte socio', 'únete',
  'síguenos', 'siguenos', 'descarga la app', 'descargue', 'boletín', 'newsletter', 'newsletters', 'dona', 'donar', 'haz una donación',
  'apoya', 'apóyanos', 'regístrate', 'registrate', 'gracias por leer', 'gracias por valorar', 'gracias por confiar', 'recibe',
  'subscribe', 'subscribers', 'subscription', 'subscriber', 'sign up', 'signup', 'donate', 'support us', 'support our', 'follow us',
  'join us', 'get the app', 'download the app', 'thanks for reading', 'thank you for reading', 'become a member', 'inbox',
  'assine', 'inscreva-se', 'abonnez-vous', "s'abonner", 'abonnieren', 'abonnez', 'iscriviti', 'abbonati', 'get our',
  'unlimited access', 'acceso ilimitado', 'free trial', 'prueba gratis',
];
export const CTA_RE = new RegExp(`(?:^|[^\\p{L}])(?:${alt(CTA_WORDS)})(?![\\p{L}])`, 'iu');

const SHARE_WORDS = [
  'share', 'shares', 'sharing', 'tweet', 'pin it', 'whatsapp', 'facebook', 'twitter', 'linkedin', 'pinterest', 'telegram',
  'reddit', 'email', 'e-mail', 'print', 'copy link', 'copiar enlace', 'compartir', 'comparte', 'compártelo', 'imprimir',
  'enviar', 'partager', 'teilen', 'condividi', 'compartilhar', 'messenger', 'flipboard', 'comment', 'comments', 'comentarios',
  'comentar', 'save', 'guardar', 'x',
];
/** Lines made only of share/social words (share bars, possibly glued together). */
export const SHARE_ONLY_RE = new RegExp(`^(?:[\\s•·|/\\-–—:,()0-9]|${alt(SHARE_WORDS)}|on|en|via|por|this|article|story|artículo|noticia|the|to|in|with|friends|link|permalink)+$`, 'iu');
/** Any share/social word. */
export const SHARE_WORD_RE = new RegExp(`(?:^|[^\\p{L}])(?:${alt(SHARE_WORDS.filter((w) => w.length > 2))})(?![\\p{L}])`, 'iu');
/** A share word at the start of a line. */
export const SHARE_START_RE = new RegExp(`^(?:${alt(['share', 'compartir', 'comparte', 'tweet', 'partager', 'teilen', 'condividi', 'compartilhar'])})(?![\\p{L}])`, 'iu');

const LOGIN_WORDS = [
  'log in', 'login', 'log out', 'logout', 'sign in', 'sign out', 'password', 'username', 'forgot', 'forgotten', 'remember me',
  'my account', 'your account', 'create account', 'create an account', 'register', 'welcome back', 'iniciar sesión',
  'inicia sesión', 'cerrar sesión', 'contraseña', 'usuario', 'mi cuenta', 'tu cuenta', 'crear cuenta', 'registrarse',
  'entrar', 'acceder', 'senha', 'entrar', 'connexion', 'mot de passe', 'anmelden', 'passwort', 'accedi',
];
export const LOGIN_RE = new RegExp(`(?:^|[^\\p{L}])(?:${alt(LOGIN_WORDS)})(?![\\p{L}])`, 'iu');

/** Tag lists. */
export const TAGS_RE = /^\s*(?:tags?|etiquetas?|temas?|topics?|tópicos|keywords|palabras clave|schlagworte|mots[- ]clés|argomenti|filed under|categor(?:y|ies|ías?))\s*[:|]/iu;

/** Captions and image credits. */
export const CAPTION_RE = new RegExp(
  [
    '^\\s*(?:photo|photos|picture|image|images|foto|fotos|fotografía|imagen|imágenes|crédito|credit|credits|source|fuente|video|vídeo|ilustración|illustration|gráfico|graphic)\\s*(?:credit|:|/|\\||-|–|—|by\\b|cortesía)',
    '(?:getty\\s*images|shutterstock|istock|reuters|associated press|\\bap\\b|\\bafp\\b|\\befe\\b|europa press|\\bdpa\\b|\\bepa\\b|xinhua|anadolu)\\s*(?:photo|foto|/|$)',
    '\\((?:photo|foto|image|imagen|credit|crédito)[^)]*\\)\\s*$',
    '\\b[\\p{Lu}]{2,}(?:[-\\s][\\p{Lu}]{2,})*\\s*/\\s*[\\p{Lu}][\\p{L}.\\-]+(?:\\s[\\p{Lu}][\\p{L}.\\-]+)*\\s*$',
    '\\b(?:photo|foto|image|imagen)\\s*(?:by|de|:|courtesy|cortesía|cedida|archivo)',
    '^\\s*(?:fotografía|foto|imagen)\\s+(?:cedida|de archivo|tomada|facilitada|publicada)',
  ].join('|'),
  'iu',
);

export const ADVERT_RE = /^\s*(?:advertisement|advertising|sponsored|sponsored content|ad|ads|publicidad|publicitat|anuncio|patrocinado|contenido patrocinado|publicidade|publicité|anzeige|werbung|pubblicità|continue reading below|story continues below(?: advertisement)?|la noticia continúa (?:abajo|debajo)|sigue leyendo)\s*[:.]?\s*$/iu;

export const FOOTER_RE = /©|\(c\)\s*\d{4}|copyright|all rights reserved|todos los derechos reservados|derechos reservados|direitos reservados|tous droits réservés|alle rechte vorbehalten|tutti i diritti riservati|privacy policy|política de privacidad|aviso legal|terms of (?:use|service)|términos (?:y condiciones|de uso)|cookie|cookies/iu;

/** Navigation phrases frequent in menus and search widgets. */
const NAV_WORDS = [
  'home', 'menu', 'search', 'skip to', 'skip to main content', 'back to top', 'close', 'open', 'toggle', 'more', 'sections',
  'contact', 'contact us', 'about', 'about us', 'inicio', 'portada', 'buscar', 'búsqueda', 'menú', 'secciones', 'contacto',
  'volver arriba', 'cerrar', 'ver todos los resultados', 'no resultados', 'sin resultados', 'no results', 'see all results',
  'view all', 'see all', 'ver todo', 'ver todas', 'ver más', 'load more', 'cargar más', 'reading time', 'min read', 'mins read',
  'minutos de lectura', 'tiempo de lectura', 'lectura', 'accueil', 'rechercher', 'startseite', 'suche', 'cerca', 'pesquisar',
  'última hora', 'ediciones', 'edición', 'edition', 'breaking news', 'newsletter', 'podcasts', 'videos', 'vídeos', 'opinión',
];
export const NAV_RE = new RegExp(`^[\\s•·*|>»]*(?:${alt(NAV_WORDS)})(?![\\p{L}])`, 'iu');
export const READING_TIME_RE = /\b(?:reading time|min(?:ute)?s? read|mins? de lectura|minutos? de lectura|tiempo de lectura|lesezeit|temps de lecture)\b/iu;

/** A byline or dateline-header shape: "By Jane Doe", "Por Agencia EFE", "Publicado el". */
export const BYLINE_RE = /^\s*(?:by|por|par|von|di|da|de|written by|escrito por|redacción|redaccion|staff|reporting by|publicado(?: el| por)?|published(?: on| by)?|posted(?: on| by)?|updated|actualizado(?: el)?|atualizado|publié|veröffentlicht|aggiornato)(?![\p{L}])/iu;

/** Sentence end: terminal punctuation optionally followed by closing quotes/brackets. */
export const TERMINAL_RE = /[.!?…。](?:["'”’»)\]]*)\s*$/u;
/** Sentence boundary inside a line. */
export const INNER_SENTENCE_RE = /[.!?…]["'”’»)]*\s+["'“‘«¿¡(]?\p{Lu}/gu;
export const OPEN_QUOTE_RE = /^\s*["'“‘«—–-]/u;
export const URL_RE = /https?:\/\/|www\.|\b[\w-]+\.(?:com|org|net|ly|es|info|io)\/|@[\w.]+\.\w+/iu;
export const BULLET_RE = /^\s*[•·*▪►▸◦‣\-–—]\s*/u;
/** A line that is only a short parenthesised or bracketed word group, e.g. an outlet sign-off. */
export const PAREN_ONLY_RE = /^\s*\([^()]{1,40}\)\s*$/u;
/** A dangling label such as "Publicado el" or "Updated:" with nothing after it. */
export const DANGLING_RE = /(?:\b(?:el|la|de|del|por|on|by|at|the|a|le|du|am|um|il|em|no)|:)\s*$/iu;

/** Tokens: maximal runs of letters, digits and apostrophes. */
export const WORD_RE = /[\p{L}\p{N}][\p{L}\p{N}'’]*/gu;
export const DIGIT_RE = /\p{N}/u;
export const UPPER_START_RE = /^\p{Lu}/u;
export const LOWER_START_RE = /^\p{Ll}/u;
export const ALL_UPPER_RE = /^[\p{Lu}\p{N}]+$/u;
/** Numeric date fragments: 04/11/2025, 2025-11-04, 11.04.25, 10:30. */
export const NUMERIC_DATE_RE = /^(?:\d{1,4}[/.\-]\d{1,2}[/.\-]\d{1,4}|\d{1,2}:\d{2}(?::\d{2})?|\d{1,4}|\d{1,2}(?:st|nd|rd|th|º|°|er)|\d{1,3}(?:s|m|h|d|w|mo|y|min|mins|hr|hrs)|[ap]\.?m\.?)$/iu;
/** Two words glued without a space: "...AthleteA woman", "...Rise?Violence". */
export const GLUED_RE = /\p{Ll}{2}[.?!:]?\p{Lu}(?:\p{Ll}|\s)/gu;

/** Lexicon categories, as bit flags, looked up per word, word pair and word triple. */
export const LEX_CTA = 1;
export const LEX_LOGIN = 2;
export const LEX_SHARE = 4;
export const LEX_CAPTION = 8;

const CAPTION_PHRASES = [
  'photo by', 'photos by', 'photograph by', 'photo courtesy', 'image courtesy', 'courtesy of', 'photo credit', 'image credit',
  'getty images', 'file photo', 'foto de archivo', 'imagen de archivo', 'fotografía cedida', 'foto cedida', 'imagen cedida',
  'foto cortesía', 'fotografía de archivo', 'foto tomada', 'photo d archives', 'foto di archivio', 'bild von',
];

/** Split a lexicon phrase into the tokens the feature extractor produces (lower-case letter/digit runs). */
function lexTokens(s: string): string[] {
  return s.toLowerCase().split(/[^\p{L}\p{N}']+/u).filter(Boolean);
}

function buildLexicon(): { words: Map<string, number>; prefix2: Set<string>; prefix3: Set<string> } {
  const words = new Map<string, number>();
  const prefix2 = new Set<string>();
  const prefix3 = new Set<string>();
  const add = (list: readonly string[], flag: number): void => {
    for (const phrase of list) {
      const t = lexTokens(phrase);
      if (t.length === 0 || t.length > 3) continue;
      const key = t.join(' ');
      words.set(key, (words.get(key) ?? 0) | flag);
      if (t.length >= 2) prefix2.add(t[0]!);
      if (t.length === 3) prefix3.add(`${t[0]} ${t[1]}`);
    }
  };
  add(CTA_WORDS, LEX_CTA);
  add(LOGIN_WORDS, LEX_LOGIN);
  add(SHARE_WORDS.filter((w) => w.length > 2), LEX_SHARE);
  add(CAPTION_PHRASES, LEX_CAPTION);
  return { words, prefix2, prefix3 };
}

/** Phrase lexicon (built once): lower-cased phrase -> category flags; prefixes of multi-word phrases. */
export const LEXICON = buildLexicon();

/** Caption shapes at the start of a line ("Photo: ...", "Foto: ...", "Fotografía cedida ..."). */
export const CAPTION_START_RE = /^\s*(?:photo|photos|picture|image|images|foto|fotos|fotografía|imagen|imágenes|crédito|credit|credits|video|vídeo|ilustración|illustration|gráfico|graphic)\s*(?:credit|:|\/|\||-|–|—|by\b|cortesía|cedida|de archivo|tomada|facilitada)/iu;
/** Credit shapes at the end of a line ("... AGENCY/ Name", "... Name/Getty Images", "(Photo: ...)"). */
export const CAPTION_TAIL_RE = /(?:\b\p{Lu}{2,}(?:[-\s]\p{Lu}{2,})*\s*\/\s*\p{Lu}[\p{L}.\-]+(?:\s\p{Lu}[\p{L}.\-]+){0,3}|\/\s*(?:getty(?: images)?|ap|afp|reuters|efe|epa|shutterstock|istock)|\((?:photo|foto|image|imagen|credit|crédito)[^)]*\))\s*$/u;
/** Words that must occur (or a © / @ sign) before FOOTER_RE is tried. */
export const FOOTER_HINT_WORDS: readonly string[] = `c copyright rights right reserved reservados derechos direitos droits rechte diritti riservati
  privacy privacidad cookie cookies terms términos aviso legal`.split(/\s+/);
/** Words that must occur before READING_TIME_RE is tried. */
export const READING_HINT_WORDS: readonly string[] = ['read', 'lectura', 'lesezeit', 'lecture'];
