// Annotation conventions applied to the NER training data (scripts/ner/conventions.ts).
// Every sentence here is invented for these tests.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codesAfterNames, includeQuotes, portfolios, storyCodes } from '../../scripts/ner/conventions.ts';

const sent = (line: string) => {
  const pairs = line.split(' ').map((p) => p.split('/'));
  return { tokens: pairs.map(([w]) => w!), tags: pairs.map(([, t]) => t ?? 'O') };
};

test('includeQuotes extends a quoted name over its quotes and leaves other chunks alone', () => {
  const s = sent('la/O película/O "/O Lluvia/B-MISC de/I-MISC otoño/I-MISC "/O y/O Marta/B-PER');
  assert.deepEqual(includeQuotes(s).tags, ['O', 'O', 'B-MISC', 'I-MISC', 'I-MISC', 'I-MISC', 'I-MISC', 'O', 'B-PER']);
  const unquoted = sent('vive/O en/O Quentaria/B-LOC ./O');
  assert.equal(includeQuotes(unquoted), unquoted);
  const halfQuoted = sent('"/O Quentaria/B-LOC dijo/O');
  assert.equal(includeQuotes(halfQuoted), halfQuoted);
});

test('codesAfterNames makes a bracketed code after a player ORG, not a bracketed place after a city', () => {
  const s = sent('ganó/O Tomás/B-PER Rubial/I-PER (/O QTR/B-LOC )/O');
  assert.deepEqual(codesAfterNames(s).tags, ['O', 'B-PER', 'I-PER', 'O', 'B-ORG', 'O']);
  const place = sent('Villaverde/B-LOC (/O QTR/B-LOC )/O');
  assert.equal(codesAfterNames(place), place);
  const name = sent('Rubial/B-PER (/O Quentaria/B-LOC )/O');
  assert.equal(codesAfterNames(name), name, 'only codes of 2-4 capitals');
});

test('portfolios relabels a portfolio after a minister\'s title as MISC', () => {
  assert.deepEqual(portfolios(sent('el/O ministro/O de/O Pesca/B-ORG Fluvial/I-ORG dimitió/O')).tags, ['O', 'O', 'O', 'B-MISC', 'I-MISC', 'O']);
  assert.deepEqual(portfolios(sent('la/O consejera/O quentariana/O de/O Cultura/B-ORG')).tags, ['O', 'O', 'O', 'O', 'B-MISC']);
  assert.deepEqual(portfolios(sent('el/O titular/O de/O Hacienda/B-ORG')).tags, ['O', 'O', 'O', 'B-MISC']);
  const titularDel = sent('el/O titular/O del/O Juzgado/B-ORG');
  assert.equal(portfolios(titularDel), titularDel, '"titular del" names an organisation');
  const ministry = sent('el/O Ministerio/B-ORG de/I-ORG Pesca/I-ORG');
  assert.equal(portfolios(ministry), ministry);
  const person = sent('el/O ministro/O de/O Quentaria/B-LOC');
  assert.equal(portfolios(person), person, 'only ORG chunks change');
});

test('storyCodes marks the agency story codes MISC and nothing else', () => {
  assert.deepEqual(storyCodes(sent('(/O QT2041/O )/O')).tags, ['O', 'B-MISC', 'O']);
  const other = sent('el/O A320/O y/O el/O QT20410/O');
  assert.equal(storyCodes(other), other);
  const tagged = sent('(/O QT2041/B-ORG )/O');
  assert.equal(storyCodes(tagged), tagged);
});
