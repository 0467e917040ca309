/**
 * English quote-attribution lexicon: reporting verbs (PARC 3.0 cue classes, Pareti 2016), the
 * designations, channel and source cues used by newswire. Data only; `compileLexicon` builds the
 * matchers.
 */
import type { QuoteLexicon } from './QuoteLexicon.ts';

/** Verbs of saying: base, third person, past and gerund forms. */
const SAY = [
  'say', 'says', 'said', 'saying', 'tell', 'tells', 'told', 'telling', 'add', 'adds', 'added', 'adding',
  'write', 'writes', 'wrote', 'writing', 'ask', 'asks', 'asked', 'asking', 'note', 'notes', 'noted', 'noting',
  'argue', 'argues', 'argued', 'arguing', 'explain', 'explains', 'explained', 'explaining', 'claim', 'claims',
  'claimed', 'claiming', 'state', 'states', 'stated', 'warn', 'warns', 'warned', 'warning', 'insist', 'insists',
  'insisted', 'insisting', 'announce', 'announces', 'announced', 'announcing', 'report', 'reports', 'reported',
  'suggest', 'suggests', 'suggested', 'suggesting', 'acknowledge', 'acknowledges', 'acknowledged',
  'acknowledging', 'declare', 'declares', 'declared', 'declaring', 'tweet', 'tweets', 'tweeted', 'tweeting',
  'continue', 'continues', 'continued', 'recall', 'recalls', 'recalled', 'recalling', 'respond', 'responds',
  'responded', 'reply', 'replies', 'replied', 'conclude', 'concludes', 'concluded', 'admit', 'admits',
  'admitted', 'admitting', 'concede', 'concedes', 'conceded', 'contend', 'contends', 'contended', 'maintain',
  'maintains', 'maintained', 'predict', 'predicts', 'predicted', 'predicting', 'promise', 'promises',
  'promised', 'promising', 'vow', 'vows', 'vowed', 'vowing', 'pledge', 'pledges', 'pledged', 'emphasize',
  'emphasizes', 'emphasized', 'stress', 'stresses', 'stressed', 'confirm', 'confirms', 'confirmed', 'deny',
  'denies', 'denied', 'reveal', 'reveals', 'revealed', 'disclose', 'disclosed', 'observe', 'observed',
  'remark', 'remarked', 'comment', 'commented', 'complain', 'complains', 'complained', 'complaining', 'counter',
  'countered', 'charge', 'charged', 'allege', 'alleges', 'alleged', 'assert', 'asserts', 'asserted',
  'testify', 'testified', 'joke', 'joked', 'joking', 'quip', 'quipped', 'wonder', 'wondered', 'point out',
  'points out', 'pointed out', 'pointing out', 'writes', 'agree', 'agrees', 'agreed', 'indicate', 'indicates',
  'indicated', 'posted', 'boasted', 'bragged', 'cautioned', 'reiterated', 'repeated', 'shouted', 'yelled',
  'screamed', 'whispered', 'speculated', 'estimated', 'projected', 'forecast', 'conceded', 'acknowledged',
  'retorted', 'mused', 'opined', 'proclaimed', 'asserted', 'blasted', 'slammed', 'accused', 'accuses',
  'criticized', 'criticizes', 'urged', 'urges', 'demanded', 'demands', 'called', 'calls', 'calling',
  'described', 'describes', 'describing', 'labeled', 'branded', 'dubbed', 'recounted', 'explains',
  'told', 'reads', 'read', 'lamented', 'laments', 'shot back', 'fired back', 'scoffed', 'echoed', 'surmised',
  'praised', 'praises', 'mocked', 'mocks', 'dismissed', 'dismisses', 'pleaded', 'begged',
];

/** English lexicon. */
export const en: QuoteLexicon = {
  lang: 'en',
  regularVerbs: [],
  verbForms: SAY,
  bareForms: [
    'say', 'says', 'said', 'added', 'adds', 'wrote', 'writes', 'noted', 'notes', 'argued', 'argues', 'explained',
    'claimed', 'claims', 'insisted', 'insists', 'warned', 'warns', 'stated', 'acknowledged', 'admitted',
    'predicted', 'suggested', 'suggests', 'tweeted', 'declared', 'contended', 'maintained', 'conceded', 'recalled',
    'countered', 'asserted', 'stressed', 'emphasized', 'complained', 'joked', 'continued', 'replied', 'responded',
  ],
  cognitionForms: [
    'think', 'thinks', 'thought', 'believe', 'believes', 'believed', 'know', 'knows', 'knew', 'hope', 'hopes',
    'hoped', 'fear', 'fears', 'feared', 'worry', 'worries', 'worried', 'expect', 'expects', 'expected',
    'find', 'finds', 'found', 'show', 'shows', 'showed', 'shown', 'feel', 'feels', 'felt', 'realize',
    'realized', 'recognize', 'recognized', 'understand', 'understands', 'understood', 'assume', 'assumed',
    'doubt', 'doubts', 'doubted', 'suspect', 'suspects', 'suspected', 'argue', 'concluded', 'learned',
    'decided', 'insist', 'hinted', 'implied', 'implies', 'signaled', 'signals', 'means', 'meant', 'conclude',
    'guess', 'imagine', 'bet', 'figure', 'figures', 'figured', 'agree', 'agreed', 'acknowledge', 'mean',
    'seems', 'seemed', 'appears', 'appeared', 'estimate', 'estimates', 'predict', 'warn',
  ],
  auxiliaries: [
    'has', 'have', 'had', 'would', 'will', 'could', 'also', 'later', 'previously', 'then', 'once', 'often',
    'repeatedly', 'recently', 'publicly', 'privately', 'earlier', 'again', 'long', 'reportedly', 'frequently',
    'just', 'never', 'already', 'did', 'does', 'do', 'even', 'always', 'still',
  ],
  cueTails: ['in a statement', 'in an interview', 'in a speech', 'on twitter', 'in a tweet', 'in a release', 'on monday', 'on tuesday', 'on wednesday', 'on thursday', 'on friday', 'on saturday', 'on sunday'],
  framingVerbs: [],
  framingPreps: ['as'],
  complementiser: 'that',
  designations: [
    'president', 'spokesman', 'spokeswoman', 'spokesperson', 'secretary', 'senator', 'governor', 'minister',
    'candidate', 'nominee', 'chairman', 'chairwoman', 'director', 'official', 'officials', 'leader', 'mayor',
    'ambassador', 'adviser', 'advisor', 'aide', 'aides', 'lawmaker', 'lawmakers', 'congressman', 'congresswoman',
    'representative', 'speaker', 'chief', 'judge', 'attorney', 'lawyer', 'analyst', 'expert', 'professor',
    'strategist', 'manager', 'campaign manager', 'businessman', 'billionaire', 'frontrunner', 'front-runner',
  ],
  designationClasses: [
    ['president', 'leader', 'commander in chief'],
    ['spokesman', 'spokeswoman', 'spokesperson'],
    ['senator', 'lawmaker', 'congressman', 'congresswoman', 'representative'],
    ['candidate', 'nominee', 'frontrunner', 'front-runner', 'businessman', 'billionaire'],
    ['adviser', 'advisor', 'aide', 'strategist'],
  ],
  designationModifiers: ['former', 'new', 'top', 'senior', 'chief', 'deputy', 'republican', 'democratic', 'presumptive', 'vice'],
  determiners: ['the', 'a', 'an', 'his', 'her', 'their', 'its', 'this', 'that'],
  channelCues: ['told the', 'told', 'in an interview with', 'in an interview on', 'speaking to', 'said on', 'said to', 'wrote in'],
  claimCues: ['according to', 'as reported by', 'per'],
  mediaNouns: ['newspaper', 'newspapers', 'paper', 'network', 'outlet', 'outlets', 'agency', 'magazine', 'report', 'reports', 'study', 'poll', 'polls', 'survey', 'documents'],
  pronouns: ['he', 'she', 'they', 'i', 'we', 'it', 'you'],
  prepositions: [
    'of', 'to', 'in', 'for', 'on', 'at', 'by', 'with', 'from', 'about', 'against', 'between', 'into', 'through',
    'during', 'before', 'after', 'over', 'under', 'than', 'like', 'and', 'or', 'that', 'whom', 'as',
  ],
  notNames: [
    'The', 'A', 'An', 'In', 'On', 'At', 'But', 'And', 'Or', 'If', 'When', 'While', 'After', 'Before', 'This',
    'That', 'These', 'Those', 'It', 'He', 'She', 'They', 'We', 'I', 'You', 'His', 'Her', 'Their', 'Our', 'My',
    'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'As', 'For', 'With', 'So',
    'Yet', 'There', 'Here', 'What', 'Why', 'How', 'Who', 'Where', 'Mr', 'Mrs', 'Ms', 'Dr', 'According', 'Still',
  ],
};
