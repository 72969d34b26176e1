import { beforeAll, describe, expect, it } from 'vitest';
import { rankingConfig } from './config';
import { indexOf, section } from './fixture';
import { analyse } from './query';
import { support } from './support';
import type { AskIndex } from './search-index';
import { units } from './units';

/**
 * What a step's figure marks ("the "Label" field … is outlined (1)") is the step as the screen
 * shows it: a question about that part of the screen is said there, even when the text beside
 * the figure names the part only by its label. The rest of a description (every label on the
 * screen) is not.
 */
const GUIDE = '/guide/';
const SECTIONS = [
  section(
    GUIDE,
    'Exchange guide',
    'Describe your key',
    'describe-your-key',
    [
      '![The form: the "Label" field at the top left is outlined (1). Trade and Withdraw are unticked.](/a.webp)',
      '',
      'A name helps you tell keys apart. Type it in **Label**.',
    ].join('\n'),
  ),
  section(
    GUIDE,
    'Exchange guide',
    'Connect the key',
    'connect-the-key',
    'Paste the two values into the service and click Connect. Copy them exactly.',
  ),
];

let index: AskIndex;
beforeAll(async () => {
  index = await indexOf(SECTIONS);
});

const supported = (question: string, id: number) =>
  support(index, analyse(index, question, rankingConfig()), id) >= rankingConfig().minSupport;

describe('support: what a figure marks is said with every place of its section, as its heading is', () => {
  it.each([
    // The marked part: a field, at the top left.
    ['which field at the top left', 0, true],
    // Words only the unmarked rest of the description has are not said there.
    ['which field is withdraw', 0, false],
    // A section without the figure does not say it.
    ['which field at the top left', 1, false],
  ])('%s (section %i) → %s', (question, id, expected) => {
    expect(supported(question, id)).toBe(expected);
  });
});

describe('units: an interactive part’s placeholder is no sentence of the docs', () => {
  it.each([
    '*Interactive check: open this page in a browser to use it.*',
    '*Pemeriksaan interaktif: buka halaman ini di browser untuk memakainya.*',
  ])('%j is skipped, the sentences around it are kept', (placeholder) => {
    const markdown = `Check the key below.\n\n${placeholder}\n\n**Fix:**\n\n- Copy the key again.`;
    expect(units(markdown).map((u) => u.markdown)).toEqual([
      'Check the key below.',
      '**Fix:** Copy the key again.',
    ]);
  });
});
