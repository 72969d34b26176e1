import { describe, expect, it } from 'vitest';
import { NETLIFY_TWIN_ROUTES, twinPage } from './_twin-path';

describe('twinPage', () => {
  it.each([
    ['/exchange/kraken.md', 'exchange/kraken.md'],
    ['exchange/kraken.md', 'exchange/kraken.md'],
    ['/index.md', 'index.md'],
    ['/nope.md.html', 'nope.md'],
    ['/nope.md.htm', 'nope.md'],
    ['/exchange/nope.md/index.html', 'exchange/nope.md'],
    ['/exchange/nope.md/index.htm', 'exchange/nope.md'],
    ['answer.json', 'answer.json'],
  ])('%s → %s', (path, page) => {
    expect(twinPage(path)).toBe(page);
  });

  it.each([
    // Only the runtime's own retry forms are folded back; anything else stays as asked, and
    // the endpoint answers it 404 as not a page.
    ['/notes.md.txt', 'notes.md.txt'],
    ['/a.md/index.md', 'a.md/index.md'],
    ['/a.html', 'a.html'],
    ['/a.md/other.html', 'a.md/other.html'],
    ['//double.md', 'double.md'],
  ])('leaves %s as %s', (path, page) => {
    expect(twinPage(path)).toBe(page);
  });

  it('has one route per form it folds back', () => {
    expect(NETLIFY_TWIN_ROUTES[0]).toBe('/[...twin].md');
    for (const route of NETLIFY_TWIN_ROUTES) {
      expect(twinPage(route.replace('[...twin]', 'x/y'))).toBe('x/y.md');
    }
  });
});
