import { describe, expect, it } from 'vitest';
import { figureFocus, pageSections, plainText } from './sections';

/** A built Starlight page, reduced to what the pipeline reads. */
const page = (article: string) => `<!doctype html><html><head><title>T</title>
<meta name="description" content="A page."></head><body><main><h1>Kraken Pro</h1>
<div class="sl-markdown-content">${article}</div></main></body></html>`;

describe('pageSections', () => {
  it('splits by heading, keeps each heading’s anchor, and the text before the first', () => {
    const html = page(`<p>Intro text.</p>
<ol><li><div class="sl-heading-wrapper"><h2 id="go-to-kraken">Go to Kraken</h2></div><p>Log in.</p></li>
<li><div class="sl-heading-wrapper"><h2 id="enable-custom-nonce-window">Enable Custom nonce window</h2></div>
<p>Enter <code>2000000</code> (2 million):</p></li></ol>
<h3 id="a-detail">A “detail”</h3><p>More.</p>`);
    const sections = pageSections(html, '/exchange/kraken/pro/');
    expect(sections.map((s) => [s.heading, s.anchor])).toEqual([
      ['Kraken Pro', ''],
      ['Go to Kraken', 'go-to-kraken'],
      ['Enable Custom nonce window', 'enable-custom-nonce-window'],
      ['A “detail”', 'a-detail'],
    ]);
    expect(sections[2]!.markdown).toBe('Enter `2000000` (2 million):');
    for (const s of sections) {
      expect(s.path).toBe('/exchange/kraken/pro/');
      expect(s.pageTitle).toBe('Kraken Pro');
    }
  });

  it('does not take a heading inside a code block for a section', () => {
    const html = page(`<h2 id="examples">Examples</h2><pre><code>## not a heading
curl x</code></pre>`);
    const sections = pageSections(html, '/p/');
    expect(sections.map((s) => s.anchor)).toEqual(['examples']);
    expect(sections[0]!.markdown).toContain('## not a heading');
  });

  it('a page without headings is one section', () => {
    expect(pageSections(page('<p>Only text.</p>'), '/p/')).toHaveLength(1);
  });
});

describe('plainText', () => {
  it.each([
    ['[the guide](/exchange/kraken/pro/)', 'the guide'],
    ['![A whole screen](/a.png) after', 'after'],
    ['**Withdraw** and `2000000`', 'Withdraw and 2000000'],
    ['- item one\n- item two', 'item one\nitem two'],
    ['> quoted', 'quoted'],
    ['| a | b |\n| - | - |\n| 413 | too large |', 'a b \n 413 too large'],
    ['funds_query stays', 'funds_query stays'],
    ['<https://www.kraken.com/>', 'https://www.kraken.com/'],
  ])('%j → %j', (markdown, text) => {
    expect(plainText(markdown).replace(/ +/g, ' ')).toBe(text.replace(/ +/g, ' '));
  });
});

describe('figureFocus', () => {
  it.each([
    // The marked parts of a description, without their markers.
    [
      '![Kraken Classic\'s form: the "Key description" field at the top left is outlined (1), and the "Nonce Window" field below it is outlined (2). Key Permissions are unticked.](/a.webp)',
      'the "Key description" field at the top left is outlined the "Nonce Window" field below it is outlined.',
    ],
    // A marker's note ("row 4") is the figure's, not the screen's: no number joins the words.
    ['![The box: 2001:db8::/32 (4, "row 4").](/a.webp)', '2001:db8::/32.'],
    // No marker: the description names every label on the screen, and nothing is taken.
    ['![A whole screen with every label.](/a.webp)', ''],
    ['No figure at all (1).', ''],
    // Each figure of a section counts.
    ['![a (1).](/a.webp)\n\ntext\n\n![b (2).](/b.webp)', 'a. b.'],
  ])('%j → %j', (markdown, focus) => {
    expect(figureFocus(markdown)).toBe(focus);
  });
});
