import { describe, expect, it } from 'vitest';
import { pageToTwin } from './html-to-markdown';

const page = (article: string) => `<!doctype html><html><head><title>T | Site</title>
<meta name="description" content="What the page is for."></head>
<body><a href="#_top">Skip to content</a><header>Site chrome</header>
<main><div class="content-panel"><h1 id="_top">Kraken Pro</h1></div>
<div class="sl-markdown-content">${article}</div></main><footer>Footer</footer></body></html>`;

describe('pageToTwin', () => {
  it('keeps the title and description and drops the chrome', () => {
    const twin = pageToTwin(page('<p>Hello.</p>'));
    expect(twin.title).toBe('Kraken Pro');
    expect(twin.description).toBe('What the page is for.');
    expect(twin.markdown).toBe('# Kraken Pro\n\nHello.\n');
  });

  it.each([
    {
      name: 'heading wrappers lose their anchor links',
      html: '<div class="sl-heading-wrapper level-h2"><h2 id="a">Select permissions</h2><a class="sl-anchor-link" href="#a"><span aria-hidden="true">#</span><span class="sr-only">Section titled “Select permissions”</span></a></div>',
      expected: '## Select permissions',
    },
    {
      name: 'figures become images with alt text and an italic caption',
      html: '<figure><a href="/full.webp" data-zoom><picture><source srcset="/a.avif" type="image/avif"><img src="/a.webp" alt="The Create API key button, highlighted"></picture><span class="sr-only">(open)</span></a><figcaption>Click Create API key.</figcaption></figure>',
      expected: '![The Create API key button, highlighted](/a.webp)\n\n*Click Create API key.*',
    },
    {
      name: 'asides become block quotes headed by their title',
      html: '<aside aria-label="ATTENTION!" class="starlight-aside starlight-aside--caution"><p class="starlight-aside__title" aria-hidden="true"><svg></svg>ATTENTION!</p><div class="starlight-aside__content"><p>Check every permission.</p></div></aside>',
      expected: '> **ATTENTION!**\n>\n> Check every permission.',
    },
    {
      name: 'copy buttons and status regions disappear, the value stays',
      html: '<p>Enter <span class="copy-value"><code>2000000</code><button hidden>Copy</button><span class="sr-only" role="status"></span></span> (2 million):</p>',
      expected: 'Enter `2000000` (2 million):',
    },
    {
      name: 'link cards become a link and their description',
      html: '<div class="sl-link-card"><span class="sl-flex stack"><a href="/exchange/kraken/pro/"><span class="title">Kraken Pro</span></a><span class="description">Nine steps.</span></span><svg></svg></div>',
      expected: '[Kraken Pro](/exchange/kraken/pro/): Nine steps.',
    },
    {
      name: 'islands and forms are named, not dumped',
      html: '<astro-island uid="x"><form><label>API key<input></label></form></astro-island>',
      expected: '*Interactive check: open this page in a browser to use it.*',
    },
    {
      name: 'scripts, styles and hidden elements vanish',
      html: '<p>Text.</p><script>alert(1)</script><style>p{}</style><div hidden>secret</div>',
      expected: 'Text.',
    },
    {
      name: 'ordered steps with nested lists stay lists',
      html: '<ol class="sl-steps"><li><h3 id="x">Go to Kraken</h3><ul><li>Query</li></ul></li></ol>',
      expected: '1. ### Go to Kraken\n\n   - Query',
    },
  ])('$name', ({ html, expected }) => {
    expect(pageToTwin(page(html)).markdown).toBe(`# Kraken Pro\n\n${expected}\n`);
  });

  it('names an island in the page’s own language', () => {
    const html = page('<astro-island uid="x"><form></form></astro-island>').replace(
      '<!doctype html><html>',
      '<!doctype html><html lang="id">',
    );
    expect(pageToTwin(html).markdown).toBe(
      '# Kraken Pro\n\n*Pemeriksaan interaktif: buka halaman ini di browser untuk memakainya.*\n',
    );
  });

  it('demotes every heading when a page is combined under another', () => {
    const twin = pageToTwin(page('<h2 id="a">Step</h2><p>x</p>'), { headingOffset: 1 });
    expect(twin.markdown).toBe('## Kraken Pro\n\n### Step\n\nx\n');
  });
});
