import { describe, expect, it } from 'vitest';
import { negotiateLang } from './negotiate';

describe('negotiateLang', () => {
  it.each<[string | null, string, string]>([
    [null, 'en', 'no header: English'],
    ['', 'en', 'an empty header'],
    ['id', 'id', 'Indonesian alone'],
    ['ID', 'id', 'any casing'],
    ['id-ID', 'id', 'a regional tag'],
    ['en-US,en;q=0.9', 'en', 'English only'],
    ['id-ID,id;q=0.9,en-US;q=0.8,en;q=0.7', 'id', 'a browser set to Indonesian'],
    ['en;q=0.9, id', 'id', 'Indonesian with the higher quality, named second'],
    ['id;q=0.5, en;q=0.8', 'en', 'English with the higher quality'],
    ['id;q=0.8, en;q=0.8', 'id', 'a tie goes to the earlier'],
    ['fr, de;q=0.9', 'en', 'only unknown languages'],
    ['fr, id;q=0.1', 'id', 'an unknown first, Indonesian at a low quality'],
    ['id;q=0', 'en', 'Indonesian refused'],
    ['id;q=0, *', 'en', 'anything but Indonesian'],
    ['*', 'en', 'anything'],
    ['id;q=2', 'en', 'a quality above 1 is malformed'],
    ['id;q=abc', 'en', 'a quality that is not a number'],
    ['id;q=0.5;q=', 'en', 'a malformed parameter'],
    ['i d', 'en', 'a space inside the tag'],
    ['id_ID', 'en', 'an underscore is not a tag'],
    ['<script>', 'en', 'markup'],
    [',,,;;;', 'en', 'separators alone'],
    [`${'x,'.repeat(2000)}id`, 'en', 'a part past the first kilobyte is not read'],
  ])('%j → %s (%s)', (header, expected) => {
    expect(negotiateLang(header)).toBe(expected);
  });
});
