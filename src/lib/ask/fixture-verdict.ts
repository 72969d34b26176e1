import { stepUrl, type GuideForm, type StepKey } from '../guide/links';
import { rankingConfig } from './config';
import { indexOf, section } from './fixture';
import { analyse } from './query';
import { verdict, type Verdict } from './verdict';

/** The steps a verdict points to, at the anchors the guides use. */
const STEPS: [GuideForm, StepKey, string][] = [
  ['pro', 'permissions', 'Select permissions'],
  ['pro', 'nonce', 'Enable Custom nonce window'],
  ['pro', 'ip', 'Enable the option for IP Whitelisting'],
  ['classic', 'permissions', 'Select permissions'],
  ['classic', 'nonce', 'Name your key'],
  ['classic', 'ip', 'Enable the option for IP Whitelisting'],
];
const SECTIONS = STEPS.map(([form, step, heading]) => {
  const [path, anchor] = stepUrl(form, step).split('#');
  return section(path!, form === 'pro' ? 'Kraken Pro' : 'Kraken Classic', heading, anchor!, '.');
});

/** A question's verdict on an index of the steps alone, and the URL of a verdict's section. */
export async function verdictFixture(): Promise<{
  judge: (question: string) => Verdict | null;
  urlOf: (id: number) => string;
}> {
  const index = await indexOf(SECTIONS);
  return {
    judge: (question) => verdict(index, analyse(index, question, rankingConfig()), ''),
    urlOf: (id) => {
      const s = index.sections[id]!;
      return `${s.path}#${s.anchor}`;
    },
  };
}
