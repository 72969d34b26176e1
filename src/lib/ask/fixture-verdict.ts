import { stepUrl, type GuideForm, type StepKey } from '../guide/links';
import { rankingConfig } from './config';
import { indexOf, section } from './fixture';
import { analyse } from './query';
import { verdict, type Verdict } from './verdict';

/**
 * The steps a verdict points to, at the anchors the guides use; the options' step with its
 * words, so that the question's words are known ones, not typos to correct.
 */
const STEPS: [GuideForm, StepKey, string, string?][] = [
  ['pro', 'permissions', 'Select permissions'],
  ['pro', 'nonce', 'Enable Custom nonce window'],
  ['pro', 'ip', 'Enable the option for IP Whitelisting'],
  ['classic', 'permissions', 'Select permissions'],
  ['classic', 'nonce', 'Name your key'],
  ['classic', 'ip', 'Enable the option for IP Whitelisting'],
  [
    'pro',
    'generate',
    'Do not configure any other options and click Generate key',
    'Leave **Key expiration**, **Query start date** and **Query end date** off.',
  ],
  [
    'classic',
    'generate',
    'Do not configure any other options and click Generate key',
    'Leave **Key Expiration** at no expiration and **Query Start Date/Time** and **Query End Date/Time** unticked.',
  ],
];
const SECTIONS = STEPS.map(([form, step, heading, text = '.']) => {
  const [path, anchor] = stepUrl(form, step).split('#');
  return section(path!, form === 'pro' ? 'Kraken Pro' : 'Kraken Classic', heading, anchor!, text);
});

/** A question's verdict on an index of the steps alone, and the URL of a verdict's section. */
export async function verdictFixture(): Promise<{
  judge: (question: string) => Verdict | null;
  urlOf: (id: number) => string;
}> {
  const index = await indexOf(SECTIONS);
  return {
    judge: (question) =>
      verdict(index, analyse(index, question, rankingConfig()), '', rankingConfig()),
    urlOf: (id) => {
      const s = index.sections[id]!;
      return `${s.path}#${s.anchor}`;
    },
  };
}
