/**
 * A section's answerable pieces: sentences, list items (a sentence that introduces a list
 * keeps its list), table rows (with their column headings). Pure: Markdown in, units out.
 */
import { INTERACTIVE_PLACEHOLDER } from '../twins/placeholder';
import { plainText } from './sections';

export interface Unit {
  markdown: string;
  /** A paragraph's sentences share a block; list items are their own; 0 is the heading. */
  block: number;
  /** A sentence that introduces a list, with the list. */
  list?: boolean;
  /** An item of a list that no sentence introduces: the items say the section together. */
  item?: boolean;
  /** A figure's caption: it says in short what the step's prose says in full. */
  caption?: boolean;
  /** A table row's column headings: they are what the row's cells answer, so they count when it is scored. */
  columns?: string;
  /** A table row's first column heading: what its first cell is ("Field" for `section`). */
  keyColumn?: string;
  /**
   * The title of the callout the unit is in ("Where to find the IP range"): it says what the
   * callout's sentences answer, so it counts when they are scored, as their own words.
   */
  title?: string;
}

/** Lines that are no sentence: a figure, a bold title alone. */
const SKIP_LINE = /^(!\[|\*\*[^*]+\*\*$)/;
/**
 * The checker's placeholder in the page's Markdown ("*Interactive check: open this page …*"):
 * it stands for the island, and is no sentence of the docs.
 */
const PLACEHOLDERS = new Set(Object.values(INTERACTIVE_PLACEHOLDER).map((p) => `*${p}*`));
/**
 * Outside a callout, a bold label alone that ends in a colon ("**Fix:**") introduces the list
 * below it, as any sentence ending in one does: it is no title to skip.
 */
const LABEL_LINE = /^\*\*[^*]+:\*\*$/;
/** A sentence that introduces a list: it ends in a colon, bold or not. */
const INTRO = /:(\*\*)?$/;

export function units(markdown: string): Unit[] {
  const out: Unit[] = [];
  let block = 0;
  let paragraph: string[] = [];
  let fence = false;
  let lastIntro: Unit | null = null;
  let listIndent: number | undefined;
  let nested = false;
  let header: string[] | null = null;
  // The callout being read, and its title: a bold line of its own at its top.
  let title: string | undefined;
  let paragraphTitle: string | undefined;
  // Every line of the paragraph is in italics: a figure's caption, as the twins write it.
  let paragraphCaption = false;
  // A unit with what its paragraph says of it: the callout's title, and whether it is a caption.
  const ofParagraph = (u: Unit): Unit => ({
    ...u,
    ...(paragraphTitle ? { title: paragraphTitle } : {}),
    ...(paragraphCaption ? { caption: true } : {}),
  });
  const flush = () => {
    if (paragraph.length === 0) return;
    const text = paragraph.join(' ');
    block++;
    for (const sentence of text.split(/(?<=[.!?])\s+(?=[A-Z`*"“(])/)) {
      out.push(ofParagraph({ markdown: sentence.trim(), block }));
    }
    const last = out.at(-1);
    lastIntro = last && INTRO.test(last.markdown) ? last : null;
    listIndent = undefined;
    nested = false;
    paragraph = [];
  };
  for (const raw of markdown.split('\n')) {
    if (/^\s*(```|~~~)/.test(raw)) {
      flush();
      fence = !fence;
      continue;
    }
    if (fence) continue;
    const quoted = /^\s*>/.test(raw);
    if (!quoted) title = undefined;
    const bold = /^\s*>\s*\*\*([^*]+)\*\*\s*$/.exec(raw);
    if (bold) title = bold[1]!.replace(/[^\p{L}\p{N})]+$/u, '').trim();
    // A figure's caption is a sentence of the docs like any other.
    const bare = raw.replace(/^\s*>\s?/, '').trim();
    const line = bare.replace(/^\*([^*].*)\*$/, '$1');
    if (
      line === '' ||
      PLACEHOLDERS.has(bare) ||
      (SKIP_LINE.test(line) && (quoted || !LABEL_LINE.test(line)))
    ) {
      flush();
      continue;
    }
    if (/^\|/.test(line)) {
      flush();
      lastIntro = null;
      const cells = line
        .replace(/^\||\|$/g, '')
        .split('|')
        .map((c) => c.trim());
      if (cells.every((c) => /^:?-+:?$/.test(c))) continue;
      if (header === null) {
        header = cells;
        continue;
      }
      out.push({
        markdown: `${cells[0]}: ${cells.slice(1).join('; ')}`,
        block: ++block,
        columns: header.join(' '),
        ...(header[0] ? { keyColumn: header[0] } : {}),
      });
      continue;
    }
    header = null;
    const item = /^(\s*)(?:[-*+]|\d+\.)\s+(.*)$/.exec(raw.replace(/^\s*>\s?/, ''));
    if (item) {
      flush();
      const intro = lastIntro as Unit | null;
      if (intro) {
        // A nested item belongs to the item above it: "Funds permissions: Query".
        const indent = item[1]!.length;
        listIndent ??= indent;
        const text = item[2]!.trim();
        // Items that are sentences of their own keep their stops and follow one another.
        const separator =
          INTRO.test(intro.markdown) || /[.!?]$/.test(intro.markdown)
            ? ' '
            : indent > listIndent
              ? nested
                ? ', '
                : ': '
              : '; ';
        nested = indent > listIndent;
        intro.markdown += `${separator}${text}`;
        intro.list = true;
        continue;
      }
      paragraphTitle = title;
      paragraphCaption = false;
      out.push(ofParagraph({ markdown: item[2]!.trim(), block: ++block, item: true }));
      continue;
    }
    if (paragraph.length === 0) {
      paragraphTitle = title;
      paragraphCaption = line !== bare;
    } else paragraphCaption &&= line !== bare;
    paragraph.push(line);
  }
  flush();
  return out.filter((u) => plainText(u.markdown).length > 2);
}
