/**
 * Splits a built page into its sections by heading, through the same HTML-to-Markdown
 * pipeline as the Markdown twins, so an answer quotes exactly what a twin says. Each section
 * keeps the heading's anchor from the HTML, so its link opens at the right place.
 */
import type { Root } from 'hast';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { pageToTwin } from '../twins/html-to-markdown';

export interface Section {
  /** The page's path, with a trailing slash: `/exchange/kraken/pro/`. */
  path: string;
  pageTitle: string;
  /** The section's heading; the page title for the text before the first heading. */
  heading: string;
  /** The heading's id on the page; empty for the text before the first heading. */
  anchor: string;
  /** The section's Markdown, as in the twin, without its heading line. */
  markdown: string;
}

const HEADING_LINE = /^\s*(?:(?:\d+\.|[-*])\s+)?(#{2,6})\s+(.+?)\s*#*\s*$/;
const normalize = (s: string) =>
  s
    .replace(/[`*_\\]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

/** The article's headings in document order, with their ids. */
function headingIds(html: string): { text: string; id: string }[] {
  const tree = unified().use(rehypeParse).parse(html) as Root;
  const article = selectAll('.sl-markdown-content', tree)[0] ?? tree;
  return selectAll('h2, h3, h4, h5, h6', article)
    .filter((h) => typeof h.properties['id'] === 'string')
    .map((h) => ({ text: toString(h).trim(), id: String(h.properties['id']) }));
}

/** A page's sections. `path` is the page's URL path. */
export function pageSections(html: string, path: string): Section[] {
  const twin = pageToTwin(html);
  const ids = headingIds(html);
  const lines = twin.markdown.split('\n');
  const sections: Section[] = [];
  let current: Section = {
    path,
    pageTitle: twin.title,
    heading: twin.title,
    anchor: '',
    markdown: '',
  };
  const body: string[] = [];
  const flush = () => {
    const markdown = body.join('\n').trim();
    if (markdown || current.anchor) sections.push({ ...current, markdown });
    body.length = 0;
  };
  let fence: string | null = null;
  let next = 0;
  // The first line is the twin's title.
  for (const line of lines.slice(1)) {
    const fenceMatch = /^\s*(```+|~~~+)/.exec(line);
    if (fenceMatch) {
      if (fence === null) fence = fenceMatch[1]!;
      else if (fenceMatch[1]!.startsWith(fence)) fence = null;
    }
    const heading = fence === null ? HEADING_LINE.exec(line) : null;
    if (!heading) {
      body.push(line);
      continue;
    }
    flush();
    const text = heading[2]!;
    // Twins and HTML list the same headings in the same order; match by text to be safe.
    let anchor = '';
    for (let i = next; i < ids.length; i++) {
      if (normalize(ids[i]!.text) === normalize(text)) {
        anchor = ids[i]!.id;
        next = i + 1;
        break;
      }
    }
    current = {
      path,
      pageTitle: twin.title,
      heading: text.replace(/\\([\\`*_{}[\]()#+\-.!])/g, '$1'),
      anchor,
      markdown: '',
    };
  }
  flush();
  return sections.map((s) => ({ ...s, markdown: dedent(s.markdown) }));
}

/** Removes the indentation a section has when its heading sits in a numbered list. */
function dedent(markdown: string): string {
  const lines = markdown.split('\n');
  const indents = lines.filter((l) => l.trim()).map((l) => /^ */.exec(l)![0].length);
  const min = indents.length ? Math.min(...indents) : 0;
  return lines.map((l) => l.slice(min)).join('\n');
}

/**
 * What a section's figures point at: the parts of each figure's description that name a
 * numbered marker ("the "Key name" field … is outlined (1)"). The whole description names
 * every label on the screen; the marked parts are what the step is about, as the screen
 * shows them ("field", "top right"), in words the text beside it may not use.
 */
export function figureFocus(markdown: string): string {
  const marked: string[] = [];
  for (const [, alt] of markdown.matchAll(/!\[([^\]]*)\]\([^)]*\)/g)) {
    for (const clause of alt!.split(/(?<=[.;:])\s+|,\s+and\s+/)) {
      // The marker itself ("(1)", "(4, "row 4")") numbers the figure, not the screen.
      if (/\(\d/.test(clause)) marked.push(clause.replace(/\s*\(\d[^)]*\)/g, ''));
    }
  }
  return marked.join(' ');
}

/**
 * Markdown to plain text for the index: link text, no markup. Images go: their alt text
 * describes a whole screen (every label on Kraken's form), which would make every step
 * match every label; the caption under each says what the figure is for.
 */
export function plainText(markdown: string): string {
  return markdown
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<(https?:[^>]+)>/g, '$1')
    .replace(/^\s*(?:[-*+]|\d+\.)\s+/gm, '')
    .replace(/^\s*>\s?/gm, '')
    .replace(/^\s*\|?[-:| ]+\|?\s*$/gm, '')
    .replace(/\|/g, ' ')
    .replace(/[*`]/g, '')
    .replace(/\\([\\`*_{}[\]()#+\-.!])/g, '$1')
    .replace(/[ \t]+/g, ' ')
    .replace(/\n{2,}/g, '\n')
    .trim();
}
