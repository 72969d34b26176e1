/**
 * The Markdown an answer is served as (`GET <page>.md?ask=`), and the Markdown of the
 * errors the endpoint answers with. Questions are never echoed back.
 */
import type { AskResult } from './answer';

export function answerMarkdown(result: AskResult): string {
  if (!result.found) {
    return [
      '# Answer',
      '',
      'The documentation does not answer this question clearly. These pages are the closest to it:',
      '',
      ...result.closest.map(
        (p) => `- [${p.title}](${p.url})${p.description ? `: ${p.description}` : ''}`,
      ),
      '',
      '## Sources',
      '',
      ...result.sources.map((url) => `- ${url}`),
      '',
    ].join('\n');
  }
  return [
    '# Answer',
    '',
    result.answer,
    '',
    `See [${result.source.heading}](${result.source.url}) (${result.source.pageTitle}).`,
    '',
    '## Excerpts',
    '',
    ...result.excerpts.flatMap((e) => [
      `### [${e.heading}](${e.url})`,
      '',
      `*${e.pageTitle}*`,
      '',
      e.passage,
      '',
    ]),
    '## Sources',
    '',
    ...result.sources.map((url) => `- ${url}`),
    '',
  ].join('\n');
}

/** The answer in JSON, for the search dialog: plain strings it can show as text. */
export interface AnswerJson {
  found: boolean;
  answer: string | null;
  source: { heading: string; pageTitle: string; url: string } | null;
}
