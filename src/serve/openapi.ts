import { VERSION } from '../version.ts';
import { DEFAULT_LIMIT, MAX_LIMIT } from './parseQuery.ts';
import { PAYLOAD_TYPES } from './payloadDocs.ts';

const param = (name: string, description: string, schema: Record<string, unknown> = { type: 'string' }): Record<string, unknown> => ({ name, in: 'query', required: false, description, schema });
const P = {
  q: param('q', 'Full-text search (FTS5, accents folded; any string is accepted, e.g. `EE.UU.`, quotes, parentheses). Best hits first; at most the 1,000 best hits are considered, so totals with q stop at 1,000.'),
  outlet: param('outlet', 'Outlet name (case-insensitive, exact).'),
  language: param('language', 'ISO 639-1 language code, or `und`.', { type: 'string', pattern: '^([a-z]{2}|und)$' }),
  from: param('from', 'Inclusive lower bound on the publication date (YYYY, YYYY-MM or YYYY-MM-DD).', { type: 'string', pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$' }),
  to: param('to', 'Inclusive upper bound on the publication date.', { type: 'string', pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$' }),
  entity: param('entity', 'Entity id, or a name or alias: only items that mention it.'),
  type: param('type', 'Entity type.', { type: 'string', enum: ['PER', 'ORG', 'LOC', 'MISC'] }),
  limit: param('limit', `Items per page (default ${DEFAULT_LIMIT}).`, { type: 'integer', minimum: 1, maximum: MAX_LIMIT, default: DEFAULT_LIMIT }),
  offset: param('offset', 'Items to skip.', { type: 'integer', minimum: 0, default: 0 }),
};
const ref = (name: keyof typeof P): { $ref: string } => ({ $ref: `#/components/parameters/${name}` });
const json = (schema: Record<string, unknown>, description: string): Record<string, unknown> => ({ description, content: { 'application/json': { schema } } });
const errors = (...codes: number[]): Record<string, unknown> =>
  Object.fromEntries(codes.map((c) => [String(c), { $ref: `#/components/responses/E${c}` }]));
const pageOf = (item: string): Record<string, unknown> => ({
  type: 'object',
  required: ['items', 'total', 'limit', 'offset', 'next'],
  properties: { items: { type: 'array', items: { $ref: `#/components/schemas/${item}` } }, total: { type: 'integer' }, limit: { type: 'integer' }, offset: { type: 'integer' }, next: { type: ['string', 'null'], description: 'URL of the next page, or null.' } },
});
const idParam = (what: string): Record<string, unknown> => ({ name: 'id', in: 'path', required: true, description: `${what} id`, schema: { type: 'string' } });

/**
 * The OpenAPI 3.1 description of the HTTP API of `cotejo serve`.
 * @param serverUrl base URL to list under `servers` (omitted when null)
 */
export function openapi(serverUrl: string | null = null): Record<string, unknown> {
  return {
    openapi: '3.1.0',
    info: {
      title: 'cotejo API',
      version: VERSION,
      description:
        'Ingest news articles and read what cotejo found: stories, events, entities, reuse with passages, quote fidelity and framing. Every answer carries its evidence. Unknown query parameters, malformed dates and limits out of range are answered with 400; write endpoints need `Authorization: Bearer <token>` when the server was started with a token (required off loopback).',
    },
    ...(serverUrl ? { servers: [{ url: serverUrl }] } : {}),
    paths: {
      '/api/articles': {
        get: { operationId: 'listArticles', summary: 'List or search articles', parameters: [ref('q'), ref('outlet'), ref('language'), ref('from'), ref('to'), ref('entity'), ref('limit'), ref('offset')], responses: { 200: json(pageOf('ArticleRow'), 'A page of articles'), ...errors(400) } },
        post: {
          operationId: 'ingestArticles',
          summary: 'Ingest articles: text, HTML, one JSON record, a JSON array, or JSON Lines of news-please records',
          security: [{ bearer: [] }, {}],
          parameters: [{ name: 'source', in: 'query', required: false, description: 'Name to record as the source (a path or URL); its extension, if known, overrides the media type.', schema: { type: 'string', maxLength: 500 } }],
          requestBody: { required: true, content: Object.fromEntries([...PAYLOAD_TYPES.keys()].map((t) => [t, { schema: t.includes('json') ? {} : { type: 'string' } }])) },
          responses: { 200: json({ $ref: '#/components/schemas/IngestReport' }, 'Nothing new was stored (all duplicates or errors)'), 201: json({ $ref: '#/components/schemas/IngestReport' }, 'Articles were stored'), ...errors(400, 401, 403, 413, 415) },
        },
      },
      '/api/articles/{id}': { get: { operationId: 'getArticle', summary: 'One article as in the analysis JSON: clean text, removed boilerplate with reasons, metadata with evidence, entities, quotes, times, claims. An unambiguous id prefix of 6+ characters works.', parameters: [idParam('Article')], responses: { 200: json({ type: 'object' }, 'The article'), ...errors(400, 404) } } },
      '/api/stories': { get: { operationId: 'listStories', summary: 'List stories with their counts of articles and independent sources', parameters: [ref('q'), ref('outlet'), ref('language'), ref('from'), ref('to'), ref('entity'), ref('limit'), ref('offset')], responses: { 200: json(pageOf('StoryRow'), 'A page of stories'), ...errors(400) } } },
      '/api/stories/{id}': { get: { operationId: 'getStory', summary: "A story's comparison: articles, reuse with passages, quote groups with fidelity, framing per outlet, timeline, facts, summary", parameters: [idParam('Story')], responses: { 200: json({ $ref: '#/components/schemas/StoryComparison' }, 'The comparison'), ...errors(400, 404) } } },
      '/api/events': { get: { operationId: 'listEvents', summary: 'List events', parameters: [ref('q'), ref('outlet'), ref('language'), ref('from'), ref('to'), ref('entity'), ref('limit'), ref('offset')], responses: { 200: json(pageOf('EventRow'), 'A page of events'), ...errors(400) } } },
      '/api/events/{id}': { get: { operationId: 'getEvent', summary: 'One event with its articles', parameters: [idParam('Event')], responses: { 200: json({ type: 'object' }, 'The event'), ...errors(400, 404) } } },
      '/api/entities': { get: { operationId: 'listEntities', summary: 'List entities, most mentioned first; `q` matches names and aliases', parameters: [param('q', 'Part of a name or alias (accents and case folded).'), ref('type'), ref('limit'), ref('offset')], responses: { 200: json(pageOf('EntityRow'), 'A page of entities'), ...errors(400) } } },
      '/api/entities/{id}': { get: { operationId: 'getEntity', summary: 'One entity with every designation, by outlet', parameters: [idParam('Entity')], responses: { 200: json({ type: 'object' }, 'The entity'), ...errors(400, 404) } } },
      '/api/analysis': { get: { operationId: 'getAnalysis', summary: 'The analysis JSON (contract version 1, schema/analysis.schema.json) of the whole store', responses: { 200: json({ type: 'object' }, 'The analysis'), ...errors(400) } } },
      '/api/openapi.json': { get: { operationId: 'getOpenApi', summary: 'This document', responses: { 200: json({ type: 'object' }, 'OpenAPI 3.1') } } },
    },
    components: {
      parameters: P,
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'The token given to `cotejo serve --token`.' } },
      responses: Object.fromEntries(
        [
          [400, 'Bad request: unknown parameter, malformed date, limit out of range, empty body'],
          [401, 'Missing or wrong bearer token'],
          [403, 'Cross-origin write refused'],
          [404, 'No such id'],
          [413, 'Request body too large'],
          [415, 'Unsupported Content-Type'],
        ].map(([c, d]) => [`E${c}`, json({ $ref: '#/components/schemas/Error' }, d as string)]),
      ),
      schemas: {
        Error: { type: 'object', required: ['error'], properties: { error: { type: 'object', required: ['status', 'code', 'message'], properties: { status: { type: 'integer' }, code: { type: 'string' }, message: { type: 'string' } } } } },
        IngestReport: {
          type: 'object',
          required: ['ids', 'inserted', 'duplicates', 'pairs', 'errors'],
          properties: {
            ids: { type: 'array', items: { type: 'string' }, description: 'Ids of the articles read, in input order' },
            inserted: { type: 'integer' },
            duplicates: { type: 'integer' },
            pairs: { type: 'integer', description: 'Related pairs found' },
            errors: { type: 'array', items: { type: 'object', properties: { stage: { type: 'string' }, rule: { type: 'string' }, message: { type: 'string' }, place: { type: 'string' } } } },
          },
        },
        ArticleRow: { type: 'object', properties: { id: { type: 'string' }, title: { type: ['string', 'null'] }, outlet: { type: ['string', 'null'] }, published: { type: ['string', 'null'] }, language: { type: 'string' }, agency: { type: ['string', 'null'] }, source: { type: 'string' }, story: { type: ['string', 'null'] }, event: { type: ['string', 'null'] }, snippet: { type: 'string', description: 'With q: the matching fragment, hits between [ and ]' } } },
        StoryRow: { type: 'object', properties: { id: { type: 'string' }, label: { type: 'string' }, articles: { type: 'array', items: { type: 'string' } }, events: { type: 'array', items: { type: 'string' } }, dateRange: { type: ['array', 'null'], items: { type: 'string' } }, independentSources: { type: 'integer' }, outlets: { type: 'array', items: { type: 'string' } }, languages: { type: 'array', items: { type: 'string' } }, provisional: { type: 'boolean', description: 'No clustering yet: a group of articles that share text' } } },
        EventRow: { type: 'object', properties: { id: { type: 'string' }, label: { type: 'string' }, date: { type: ['string', 'null'] }, dateRange: { type: ['array', 'null'], items: { type: 'string' } }, articles: { type: 'array', items: { type: 'string' } }, story: { type: ['string', 'null'] } } },
        EntityRow: { type: 'object', properties: { id: { type: 'string' }, name: { type: 'string' }, type: { type: 'string' }, aliases: { type: 'array', items: { type: 'string' } }, mentions: { type: 'integer' }, articles: { type: 'integer' }, designations: { type: 'integer' }, loaded: { type: 'integer' } } },
        StoryComparison: {
          type: 'object',
          required: ['story', 'articles', 'reuse', 'quoteGroups', 'entities', 'framing'],
          properties: {
            story: { description: 'StoryRow plus summary, timeline, facts (as in the analysis JSON) and any further story fields under `extra`' },
            articles: { type: 'array', description: 'The articles, as in the analysis JSON' },
            events: { type: 'array', items: { $ref: '#/components/schemas/EventRow' } },
            reuse: { type: 'array', description: 'Related pairs with passages (offsets into each text), relation, source and evidence' },
            quoteGroups: { type: 'array', description: 'Renderings of one utterance with fidelity exact|partial|altered and word diffs' },
            entities: { type: 'array' },
            framing: { type: 'array', description: 'Per actor: outlet → designations, with loaded flags' },
            datesMentioned: { type: 'array' },
          },
        },
      },
    },
  };
}
