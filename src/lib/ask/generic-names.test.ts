import { beforeAll, describe, expect, it } from 'vitest';
import { rankingConfig } from './config';
import { indexOf, section } from './fixture';
import { analyse } from './query';
import type { AskIndex } from './search-index';

/**
 * A name made of words every page uses weighs like them when most sections name it too ("API
 * key"), and as a thing of its own when few do ("API page": the one page of Kraken where keys
 * are made).
 */
const GUIDE = '/guide/';
const SECTIONS = [
  section(GUIDE, 'Guide', 'Open the API page', 'open-the-api-page', 'Open the API page.'),
  ...['Name', 'Permissions', 'Nonce', 'Connect', 'Errors'].map((heading) =>
    section(GUIDE, 'Guide', heading, heading.toLowerCase(), `Give the API key a ${heading}.`),
  ),
];

let index: AskIndex;
beforeAll(async () => {
  index = await indexOf(SECTIONS);
});

const concept = (question: string, token: string) =>
  analyse(index, question, rankingConfig()).concepts.find((c) =>
    c.names.some((n) => n.map((t) => t.token).join(' ') === token),
  );

describe('analyse: a name of everyday words is generic only where every page names it', () => {
  it.each([
    ['where is the api page', 'api page', false],
    ['where is my api key', 'api kei', true],
  ])('%j: %s generic %s', (question, token, generic) => {
    expect(concept(question, token)?.generic).toBe(generic);
  });
});
