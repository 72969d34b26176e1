/**
 * Yes/no and "should I" questions about a permission, the nonce window, the IP restriction or
 * the options the guide leaves unset, answered from the Kraken profile (which permissions are
 * required, forbidden or extra; the nonce window; each form's options and how it shows them
 * unset) in the language's phrasing, with the guide step that sets it as the source. Any other
 * question, or one naming two permissions, is left to the extractive answer.
 */
import { stepUrl, type GuideForm, type StepKey } from '../guide/links';
import { EDITIONS, KEY_OPTIONS, NONCE_WINDOW } from '../profile/kraken';
import { assessNonceWindow } from '../rules/nonce-rule';
import {
  askedForm,
  formOf,
  named,
  namesIp,
  numberIn,
  optionForm,
  optionsNamed,
  otherEdition,
} from './named';
import type { RankingConfig } from './config';
import { isError, phraseIn, type Query } from './query';
import type { AskIndex } from './search-index';
import { danger } from '../messages/en/rules';
import { capitalised } from '../util/text';

export interface Verdict {
  /** The answer, in Markdown; empty when the step's own sentences answer, without a verdict. */
  text: string;
  /** The section of the step that sets it. */
  id: number;
  /** The permission it is about, by its label on the form: what the step says of it follows. */
  about?: string;
  /**
   * It answers whole: what works, what it costs and what to do instead. The step's sentences
   * would add the step's other business (how the addresses are written), not more of this.
   */
  whole?: true;
}

const WHOLE = { whole: true } as const;

function sectionOf(index: AskIndex, form: GuideForm, step: StepKey): number {
  const url = stepUrl(form, step, index.language.code);
  const [path, anchor = ''] = url.split('#');
  return index.sections.findIndex((s) => s.path === path && s.anchor === anchor);
}

/** What a permission is called on each form, the form asked about first. */
function labels(index: AskIndex, query: Query): Verdict | null {
  const text = query.text.toLowerCase();
  const found = named(index, text);
  if (new Set(found.map((n) => n.permission.name)).size !== 1) return null;
  const { permission } = found[0]!;
  const asked = askedForm(text, found.find((n) => n.form) ?? found[0]!) ?? 'pro';
  const forms = [asked, otherEdition(asked)];
  const entries = forms.flatMap((f) => {
    const entry = permission[f];
    return entry ? [{ form: f, edition: EDITIONS[f].name, label: entry.label }] : [];
  });
  const id = sectionOf(index, entries[0]!.form, 'permissions');
  return id < 0 ? null : { text: index.language.phrasing.labels(entries), id };
}

/**
 * What the nonce window's or the IP restriction's field is called on each form (the form
 * asked about first), from the profile, with that form's step as the source.
 */
function fieldLabels(index: AskIndex, query: Query, goal: string): Verdict | null {
  const text = query.text.toLowerCase();
  const field = phraseIn(text, 'nonce')
    ? ({ step: 'nonce', of: (f: GuideForm) => EDITIONS[f].nonceField } as const)
    : namesIp(index, text)
      ? ({ step: 'ip', of: (f: GuideForm) => EDITIONS[f].ipField } as const)
      : null;
  if (!field) return null;
  const asked = formOf(text, goal.toLowerCase(), null);
  const forms = [asked, otherEdition(asked)];
  const id = sectionOf(index, asked, field.step);
  if (id < 0) return null;
  const entries = forms.map((f) => ({
    edition: EDITIONS[f].name,
    label: field.of(f).replace(/[“”"]/g, ''),
  }));
  return { text: index.language.phrasing.labels(entries), id };
}

/**
 * A permission's machine name, from the profile, with the section that lists the machine
 * names as its source (the first that writes it as code: the check API's request).
 */
function machineName(index: AskIndex, query: Query): Verdict | null {
  const found = named(index, query.text.toLowerCase());
  if (new Set(found.map((n) => n.permission.name)).size !== 1) return null;
  const { permission } = found[0]!;
  const code = `\`${permission.name}\``;
  const id = index.sections.findIndex((s) => s.markdown.includes(code));
  if (id < 0) return null;
  const label = (permission.pro ?? permission.classic)!.label;
  return { text: index.language.phrasing.machineName(label, permission.name), id };
}

export function verdict(
  index: AskIndex,
  query: Query,
  goal: string,
  config: RankingConfig,
): Verdict | null {
  const { phrasing, verdictCue, offCue, nameCue, machineNameCue } = index.language;
  if (machineNameCue.test(query.text)) {
    const named = machineName(index, query);
    if (named) return named;
  }
  if (nameCue.test(query.text)) {
    const named =
      labels(index, query) ??
      (index.language.labelCue.test(query.text) ? fieldLabels(index, query, goal) : null);
    if (named) return named;
  }
  if (
    !verdictCue.test(query.text) ||
    index.language.toolSubjectCue.test(query.text) ||
    index.language.placeCue.test(query.text)
  )
    return null;
  // Asked what is wrong with the key ("my key is wrong?"), the answer is why, not what to set.
  if (index.language.keyFaultCue.test(query.text)) return null;
  // Asked whether a key that exists can be edited, a yes or no about the setting would answer
  // another question.
  if (index.language.changeCue.test(query.text)) return null;
  // What was seen (an error, a refused call, a failed check) is the question: its entry answers.
  if (index.language.symptomCue.test(query.text)) return null;
  const text = query.text.toLowerCase();
  const goalText = goal.toLowerCase();
  const askingOff = offCue.test(text);
  // "Is it a problem …?": yes means the setting is wrong.
  const askingProblem = index.language.problemCue.test(text);
  // Offered both ("on or off?"), the answer is the one to take, not a yes or a no; asked how
  // much or which ("berapa nonce window yang harus diisi"), the same.
  const choice = index.language.choiceCue.test(text) || index.language.openCue.test(text);
  // Whether the setting asked about is right, as the question puts it.
  const yesNo = (right: boolean) => (right !== askingProblem ? phrasing.yes : phrasing.no);
  const answer = (on: boolean, body: string) =>
    choice ? capitalised(body) : `${yesNo(on !== askingOff)}: ${body}`;
  const names = named(index, text);
  const distinct = new Set(names.map((n) => n.permission.name));
  if (distinct.size === 1) {
    const { permission } = names[0]!;
    const form = formOf(text, goalText, names.find((n) => n.form)?.form ?? null);
    const entry = permission[form] ?? permission.pro;
    const id = sectionOf(index, permission[form] ? form : 'pro', 'permissions');
    if (id < 0) return null;
    const body =
      permission.requirement === 'required'
        ? phrasing.permissionOn(entry.label)
        : permission.requirement === 'forbidden'
          ? phrasing.permissionForbidden(entry.label, danger(permission.name).on)
          : phrasing.permissionExtra(entry.label);
    return { text: answer(permission.requirement === 'required', body), id, about: entry.label };
  }
  if (distinct.size > 0) return null;
  const namesNonce = phraseIn(text, 'nonce');
  const namesIpRestriction = namesIp(index, text);
  const options = optionsNamed(index, text);
  if (options.size > 0) {
    // Beside the nonce window or the IP restriction, the question is about more than the
    // options; beside an error or the API, it is about what went wrong or what is reported.
    if (namesNonce || namesIpRestriction) return null;
    if (query.concepts.some((c) => isError(c, config)) || query.aboutApi) return null;
    const form = formOf(text, goalText, optionForm(text));
    const id = sectionOf(index, form, 'generate');
    if (id < 0) return null;
    const named = KEY_OPTIONS[form].filter((o) => options.has(o.key));
    return { text: answer(false, phrasing.optionsOff(named)), id };
  }
  if (namesNonce) {
    const form = formOf(text, goalText, null);
    const id = sectionOf(index, form, 'nonce');
    if (id < 0) return null;
    const guide = String(NONCE_WINDOW);
    const asked = numberIn(text, index.language);
    // Asked whether to set it at all: it is on, at the guide's value.
    if (asked === null)
      return { text: answer(true, phrasing.nonceOn(EDITIONS[form].nonceField, guide)), id };
    // "Bigger than 2 million?" asks about the values past the guide's, not about it.
    const beyond =
      asked.value === NONCE_WINDOW && asked.bound
        ? {
            above: { value: NONCE_WINDOW + 1, shown: phrasing.larger },
            below: { value: 0, shown: phrasing.smaller },
          }[asked.bound]
        : null;
    // The checker's own rule judges the number: the guide's passes, less fails, more warns.
    const value = beyond?.value ?? asked.value;
    const shown = beyond?.shown ?? String(value);
    const { status } = assessNonceWindow(value, form);
    if (status === 'pass') return { text: `${yesNo(true)}: ${phrasing.nonceRight(guide)}`, id };
    // More than the guide's works, at a cost: neither yes nor no, whichever way it is asked.
    if (status === 'warn')
      return { text: capitalised(phrasing.nonceHigh(shown, guide)), id, ...WHOLE };
    return { text: `${yesNo(false)}: ${phrasing.nonceWrong(shown, guide)}`, id };
  }
  // The IP restriction, by any of its names: on, with the service's range. Open to every
  // address, the key works from anywhere: no.
  const anyAddress = index.language.anyAddressCue.test(text);
  const broad = index.language.broadRangeCue.test(text);
  if (namesIpRestriction || anyAddress || broad) {
    const form = formOf(text, goalText, null);
    const id = sectionOf(index, form, 'ip');
    if (id < 0) return null;
    // Asked how the addresses go in (commas, one per row), the step's own words answer: the
    // form takes them its own way, and no yes or no says which.
    if (query.wants === 'format' && !anyAddress && !broad) return { text: '', id };
    // A range broader than the service's works and the checker warns: neither yes nor no.
    if (broad) return { text: phrasing.ipBroad(EDITIONS[form].ipField), id, ...WHOLE };
    // Asked whether it works with the restriction off: it does, from anywhere.
    if (askingOff && !anyAddress && index.language.worksCue.test(text))
      return { text: phrasing.ipOffWorks(EDITIONS[form].ipField), id, ...WHOLE };
    const body = phrasing.ipOn(EDITIONS[form].ipField);
    return { text: anyAddress ? `${yesNo(false)}: ${body}` : answer(true, body), id };
  }
  return null;
}
