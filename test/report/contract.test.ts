import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { analyze } from '../../src/index.ts';

const schema = JSON.parse(readFileSync(new URL('../../schema/analysis.schema.json', import.meta.url), 'utf8')) as object;
const EXAMPLES = fileURLToPath(new URL('../../examples', import.meta.url));

test('the analysis of the example corpus validates against the shipped JSON Schema', async () => {
  const doc = await analyze([EXAMPLES]);
  const ajv = new Ajv({ allErrors: true, strict: false });
  const validate = ajv.compile(schema);
  const ok = validate(doc);
  assert.ok(ok, JSON.stringify(validate.errors, null, 2));
  assert.ok(doc.articles.length >= 6);
  // ids are content hashes: the same input always gets the same id
  const again = await analyze([EXAMPLES]);
  assert.deepEqual(again.articles.map((a) => a.id), doc.articles.map((a) => a.id));
});

test('the schema rejects a broken document', () => {
  const ajv = new Ajv({ strict: false });
  const validate = ajv.compile(schema);
  assert.equal(validate({ version: '2', articles: [] }), false);
  assert.equal(validate({ version: '1', articles: [{ id: 'x' }], entities: [], events: [], stories: [], reuse: [], quoteGroups: [] }), false);
});
