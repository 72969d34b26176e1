import { describe, expect, it } from 'vitest';
import { units } from './units';

describe('units: a callout’s title belongs to its sentences', () => {
  const md = [
    'Copy the range.',
    '',
    '> **Where to find the IP range**',
    '>',
    '> The range is shown on the connection page. Copy it exactly.',
    '',
    'Then click Save.',
  ].join('\n');

  it.each([
    ['Copy the range.', undefined],
    ['The range is shown on the connection page.', 'Where to find the IP range'],
    ['Copy it exactly.', 'Where to find the IP range'],
    // After the callout, the title no longer applies.
    ['Then click Save.', undefined],
  ])('%j → title %j', (sentence, title) => {
    const unit = units(md).find((u) => u.markdown === sentence);
    expect(unit, sentence).toBeDefined();
    expect(unit!.title).toBe(title);
  });

  it('a bold label ending in a colon introduces its list; items that are sentences keep their stops', () => {
    const out = units(
      [
        'There are two causes:',
        '',
        '- a clock',
        '- a scale',
        '',
        '**Fix:**',
        '',
        '- Set it.',
        '- Wait.',
      ].join('\n'),
    );
    expect(out.map((u) => u.markdown)).toEqual([
      'There are two causes: a clock; a scale',
      '**Fix:** Set it. Wait.',
    ]);
  });

  it('a callout without a title gives none; the title line is no sentence of its own', () => {
    const out = units('> **IMPORTANT:**\n>\n> Set it to 2000000.\n\n> Plain note.');
    expect(out.map((u) => [u.markdown, u.title])).toEqual([
      ['Set it to 2000000.', 'IMPORTANT'],
      ['Plain note.', undefined],
    ]);
  });
});

describe('units: a figure’s caption is marked, the prose beside it is not', () => {
  const md = [
    'Copy the IP range into the field. It takes the whole list, separated by commas.',
    '',
    '![The IP field, highlighted](/figures/ip.webp)',
    '',
    '*Copy the whole IP range: Kraken Pro takes it in one field. The addresses shown are examples.*',
    '',
    '- An item, not a caption.',
    '',
    'A sentence with *a word in italics* inside.',
  ].join('\n');

  it.each([
    ['Copy the IP range into the field.', false],
    ['Copy the whole IP range: Kraken Pro takes it in one field.', true],
    ['The addresses shown are examples.', true],
    ['An item, not a caption.', false],
    ['A sentence with *a word in italics* inside.', false],
  ])('%j → caption %s', (sentence, caption) => {
    const unit = units(md).find((u) => u.markdown === sentence);
    expect(unit, sentence).toBeDefined();
    expect(unit!.caption ?? false).toBe(caption);
  });
});
