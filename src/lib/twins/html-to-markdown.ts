import type { Element, ElementContent, Root, RootContent } from 'hast';
import type { Root as MdRoot } from 'mdast';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import rehypeParse from 'rehype-parse';
import rehypeRemark from 'rehype-remark';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import { DEFAULT_LANG, isLang, type Lang } from '../messages/types';
import { INTERACTIVE_PLACEHOLDER } from './placeholder';

/**
 * Turns one built Starlight page into its Markdown twin: the page's title and
 * its article, with images as Markdown images carrying their alt text, and
 * none of the page chrome, scripts or component markup.
 */
export interface PageTwin {
  title: string;
  description: string;
  markdown: string;
}

const h = (
  tagName: string,
  children: ElementContent[],
  properties: Element['properties'] = {},
): Element => ({
  type: 'element',
  tagName,
  properties,
  children,
});
const text = (value: string) => ({ type: 'text' as const, value });

function classes(node: Element): string[] {
  const c = node.properties['className'];
  return Array.isArray(c) ? c.map(String) : [];
}

/** Rewrites component markup into the plain HTML that Markdown can express. */
function simplify(tree: Root | Element, lang: Lang): void {
  visit(tree, 'element', (node, index, parent) => {
    if (!parent || index === undefined) return;
    const cls = classes(node);
    const replace = (replacement: Element | ElementContent[] | null) => {
      const items =
        replacement === null ? [] : Array.isArray(replacement) ? replacement : [replacement];
      parent.children.splice(index, 1, ...(items as typeof parent.children));
      const next: [typeof SKIP, number] = [SKIP, index];
      return next;
    };

    // Interactive parts have no Markdown form: say where they are instead.
    if (node.tagName === 'astro-island' || node.tagName === 'form') {
      return replace(h('p', [h('em', [text(INTERACTIVE_PLACEHOLDER[lang])])]));
    }
    if (
      ['script', 'style', 'svg', 'template', 'button', 'noscript', 'link', 'meta'].includes(
        node.tagName,
      ) ||
      cls.includes('sr-only') ||
      cls.includes('sl-anchor-link') ||
      node.properties['hidden'] !== undefined ||
      node.properties['ariaHidden'] === 'true'
    ) {
      return replace(null);
    }
    // Heading wrappers: keep the heading only.
    if (cls.includes('sl-heading-wrapper')) {
      const heading = node.children.find(
        (c): c is Element => c.type === 'element' && /^h[1-6]$/.test(c.tagName),
      );
      return replace(heading ?? null);
    }
    // Asides: a blockquote whose first line is the title in bold.
    if (node.tagName === 'aside') {
      const title = String(node.properties['ariaLabel'] ?? '').trim();
      const content = select('.starlight-aside__content', node);
      const body = content ? content.children : node.children;
      return replace(
        h('blockquote', [...(title ? [h('p', [h('strong', [text(title)])])] : []), ...body]),
      );
    }
    // Figures: the image with its alt text, then the caption in italics.
    if (node.tagName === 'figure' && select('img', node)) {
      const img = select('img', node)!;
      const caption = select('figcaption', node);
      const image = h('img', [], {
        src: img.properties['src'] ?? '',
        alt: img.properties['alt'] ?? '',
      });
      return replace([
        h('p', [image]),
        ...(caption ? [h('p', [h('em', [text(toString(caption).trim())])])] : []),
      ]);
    }
    // Link cards: "[title](href): description".
    if (cls.includes('sl-link-card')) {
      const a = select('a', node);
      const title = select('.title', node);
      const description = select('.description', node);
      if (!a) return replace(null);
      return replace(
        h('p', [
          h('a', [text(toString(title ?? a).trim())], { href: a.properties['href'] ?? '' }),
          ...(description ? [text(`: ${toString(description).trim()}`)] : []),
        ]),
      );
    }
    // Expressive Code blocks: a plain <pre><code> with one line per line.
    if (cls.includes('expressive-code')) {
      const pre = select('pre', node);
      if (!pre) return replace(null);
      const lines = selectAll('.ec-line', pre).map((l) => toString(l));
      const code = lines.length > 0 ? lines.join('\n') : toString(pre);
      const lang = String(pre.properties['dataLanguage'] ?? '');
      return replace(
        h('pre', [h('code', [text(code)], lang ? { className: [`language-${lang}`] } : {})]),
      );
    }
    return undefined;
  });
}

/** Extracts the title, description and article of a built page and converts it. */
export function pageToTwin(
  html: string,
  { headingOffset = 0 }: { headingOffset?: number } = {},
): PageTwin {
  const tree = unified().use(rehypeParse).parse(html) as Root;
  const title = toString(select('main h1', tree) ?? select('title', tree) ?? text('')).trim();
  const descriptionNode = select('meta[name="description"]', tree);
  const description = String(descriptionNode?.properties['content'] ?? '').trim();
  const article = select('.sl-markdown-content', tree) ?? select('main', tree);
  const body: Root = {
    type: 'root',
    children: article ? (structuredClone(article.children) as RootContent[]) : [],
  };
  const declared = select('html', tree)?.properties['lang'];
  simplify(body, isLang(declared) ? declared : DEFAULT_LANG);
  const markdown = htmlTreeToMarkdown(body, headingOffset);
  const titleHashes = '#'.repeat(Math.min(6, 1 + headingOffset));
  return {
    title,
    description,
    markdown: `${titleHashes} ${title}\n\n${markdown}`.trimEnd() + '\n',
  };
}

function htmlTreeToMarkdown(tree: Root, headingOffset: number): string {
  const processor = unified()
    .use(rehypeRemark)
    .use(remarkGfm)
    .use(remarkStringify, { bullet: '-', emphasis: '*', strong: '*', rule: '-', fences: true });
  const mdast = processor.runSync(tree) as MdRoot;
  if (headingOffset > 0) {
    visit(mdast, 'heading', (heading) => {
      heading.depth = Math.min(6, heading.depth + headingOffset) as typeof heading.depth;
    });
  }
  return processor.stringify(mdast).trim();
}
