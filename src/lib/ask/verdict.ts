/**
 * Yes/no and "should I" questions about a permission or the nonce window, answered from the
 * Kraken profile (which permissions are required, forbidden or extra; the nonce window) in the
 * language's phrasing, with the guide step that sets it as the source. Any other question, or
 * one naming two permissions, is left to the extractive answer.
 */
import { stepUrl, type GuideForm, type StepKey } from '../guide/links';
import { EDITIONS, NONCE_WINDOW, PERMISSIONS, type Permission } from '../profile/kraken';
import { assessNonceWindow, parseNonceWindow } from '../rules/nonce-rule';
import { phraseIn, type Query } from './query';
import type { AskIndex } from './search-index';
import type { LanguageData } from './vocabulary';
import { danger } from '../messages/en/rules';

export interface Verdict {
  /** The answer, in Markdown. */
  text: string;
  /** The section of the step that sets it. */
  id: number;
  /** The permission it is about, by its label on the form: what the step says of it follows. */
  about?: string;
}

interface Named {
  permission: Permission;
  /** The form the name is the label of, when only one form uses it. */
  form: GuideForm | null;
  /** Named by a label's first word alone ("access" for "Access WebSockets API"): that word. */
  short?: string;
}

/** Every name of every permission, longest first, with the form it belongs to. */
const NAMES: { name: string; named: Named }[] = (() => {
  const out: { name: string; named: Named }[] = [];
  const firstWords = new Map<string, Set<string>>();
  for (const p of PERMISSIONS) {
    for (const entry of [p.pro, p.classic]) {
      for (const label of entry ? [entry.label, ...(entry.aliases ?? [])] : []) {
        const first = label.toLowerCase().split(' ')[0]!;
        if (!firstWords.has(first)) firstWords.set(first, new Set());
        firstWords.get(first)!.add(p.name);
      }
    }
  }
  for (const p of PERMISSIONS) {
    const forms: [GuideForm, typeof p.pro | null][] = [
      ['pro', p.pro],
      ['classic', p.classic],
    ];
    out.push({ name: p.name, named: { permission: p, form: null } });
    for (const [form, entry] of forms) {
      for (const label of entry ? [entry.label, ...(entry.aliases ?? [])] : []) {
        const lower = label.toLowerCase();
        const other = forms.find(([f, e]) => f !== form && e?.label.toLowerCase() === lower);
        // A one-word label that other labels start with ("Query") is a plain word too ("query
        // start date"): it names no permission on its own.
        if (!lower.includes(' ') && (firstWords.get(lower)?.size ?? 0) > 1) continue;
        out.push({ name: lower, named: { permission: p, form: other ? null : form } });
        // A label's first word alone names it when no other permission's label starts so:
        // "Deposit" and "Withdraw" do, "Query" does not.
        const first = lower.split(' ')[0]!;
        if (first !== lower && firstWords.get(first)!.size === 1) {
          out.push({ name: first, named: { permission: p, form: null, short: first } });
        }
      }
    }
  }
  return out.sort((a, b) => b.name.length - a.name.length);
})();

function permissionsNamed(text: string, words: LanguageData['permissionWords']): Named[] {
  let rest = text;
  const found: Named[] = [];
  for (const { name, named } of NAMES) {
    if (!phraseIn(rest, name)) continue;
    found.push(named);
    // A longer name takes its words: "withdraw funds" is not also "withdraw".
    rest = rest.split(name).join(' ');
  }
  // What users call a permission beyond its labels ("the withdrawal permission").
  for (const [pattern, name] of words) {
    const permission = PERMISSIONS.find((p) => p.name === name)!;
    if (pattern.test(rest)) found.push({ permission, form: null });
  }
  return found;
}

/** The text names the form by its edition's name ("Kraken Classic", "classic"). */
function namesEdition(text: string, form: GuideForm): boolean {
  const edition = EDITIONS[form].name.toLowerCase();
  return phraseIn(text, edition) || phraseIn(text, edition.split(' ').at(-1)!);
}

/** The other edition's form: Classic for Pro, Pro for Classic. */
export const otherEdition = (form: GuideForm): GuideForm => (form === 'pro' ? 'classic' : 'pro');

/** The form a question names by its edition's name, if one (Classic first). */
export function editionIn(text: string): GuideForm | null {
  return (['classic', 'pro'] as const).find((form) => namesEdition(text, form)) ?? null;
}

/**
 * The form asked about: the one the question names, else the one the goal names (a Pro
 * label may be what a Classic user calls the box), else the form of the label used.
 */
function formOf(text: string, goal: string, named: Named | null): GuideForm {
  return editionIn(text) ?? editionIn(goal) ?? named?.form ?? 'pro';
}

function sectionOf(index: AskIndex, form: GuideForm, step: StepKey): number {
  const url = stepUrl(form, step, index.language.code);
  const [path, anchor = ''] = url.split('#');
  return index.sections.findIndex((s) => s.path === path && s.anchor === anchor);
}

/** The IP restriction's names: both forms' labels and the language's other names for them. */
function ipGroup(index: AskIndex): string[] {
  const labels = Object.values(EDITIONS).map((e) => e.ipField.replace(/[“”"]/g, '').toLowerCase());
  const group = index.language.synonyms.find((g) => g.some((name) => labels.includes(name)));
  // "IP address" and "IP range" are what goes in the field, not the field.
  return [
    ...labels,
    ...(group ?? []).filter((n) => /restrict|whitelist|allowlist|pembatasan/.test(n)),
  ];
}

/** Names the IP restriction, or says to restrict or whitelist the IPs ("whitelist IPs"). */
function namesIp(index: AskIndex, text: string): boolean {
  if (ipGroup(index).some((name) => phraseIn(text, name))) return true;
  return (
    /\bips?\b/.test(text) && /\b(whitelist|allowlist|restrict|limit|pembatasan|batasi)/.test(text)
  );
}

/**
 * The number a question names, in the ways people write two million, read as the checker
 * reads it ("2.5m" is 2500000); grouping marks it cannot read are dropped.
 */
function numberIn(text: string): number | null {
  const values = [...text.matchAll(/(\d[\d ,.]*\d|\d)\s*(m\b|million\b)?/gi)].map((m) => {
    const read = parseNonceWindow(m[0]);
    if (read.ok) return read.value;
    const digits = Number(m[1]!.replace(/[ ,.]/g, ''));
    return m[2] ? digits * 1_000_000 : digits;
  });
  // Beside the guide's value ("higher than 2000000, like 5000000"), the other is the one asked.
  return values.find((v) => v !== NONCE_WINDOW) ?? values[0] ?? null;
}

/**
 * The permissions a question names, by whole names when it has any. A label's first word
 * that is also a verb of the language ("add" of "Add withdrawal addresses") names nothing
 * alone: "add a missing permission" is not about that box.
 */
function named(index: AskIndex, text: string): Named[] {
  const { actionWords: verbs, permissionWords } = index.language;
  const all = permissionsNamed(text, permissionWords).filter(
    (n) => !(n.short && verbs.includes(n.short)),
  );
  // A label's first word is also a plain word ("withdraw access"): beside a whole name, it
  // names nothing.
  return all.some((n) => !n.short) ? all.filter((n) => !n.short) : all;
}

/** The form a question asks about by name, other than the form of the name it uses. */
function askedForm(text: string, name: Named): GuideForm | null {
  const forms = (['pro', 'classic'] as const).filter((f) => namesEdition(text, f));
  return forms.find((f) => f !== name.form) ?? forms[0] ?? null;
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

export function verdict(index: AskIndex, query: Query, goal: string): Verdict | null {
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
  if (!verdictCue.test(query.text) || index.language.toolSubjectCue.test(query.text)) return null;
  // Asked what is wrong with the key ("my key is wrong?"), the answer is why, not what to set.
  if (index.language.keyFaultCue.test(query.text)) return null;
  const text = query.text.toLowerCase();
  const goalText = goal.toLowerCase();
  const askingOff = offCue.test(text);
  // "Is it a problem …?": yes means the setting is wrong.
  const askingProblem = index.language.problemCue.test(text);
  // Offered both ("on or off?"), the answer is the one to take, not a yes or a no; asked how
  // much or which ("berapa nonce window yang harus diisi"), the same.
  const choice = index.language.choiceCue.test(text) || index.language.openCue.test(text);
  const answer = (on: boolean, body: string) =>
    choice
      ? `${body[0]!.toUpperCase()}${body.slice(1)}`
      : `${(on !== askingOff) !== askingProblem ? phrasing.yes : phrasing.no}: ${body}`;
  const names = named(index, text);
  const distinct = new Set(names.map((n) => n.permission.name));
  if (distinct.size === 1) {
    const { permission } = names[0]!;
    const form = formOf(text, goalText, names.find((n) => n.form) ?? null);
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
  if (phraseIn(text, 'nonce')) {
    const form = formOf(text, goalText, null);
    const id = sectionOf(index, form, 'nonce');
    if (id < 0) return null;
    const guide = String(NONCE_WINDOW);
    const asked = numberIn(text);
    // Asked whether to set it at all: it is on, at the guide's value.
    if (asked === null)
      return { text: answer(true, phrasing.nonceOn(EDITIONS[form].nonceField, guide)), id };
    // The checker's own rule judges the number: the guide's passes, less fails, more warns.
    const { status } = assessNonceWindow(asked, form);
    const right = (ok: boolean) => (ok !== askingProblem ? phrasing.yes : phrasing.no);
    if (status === 'pass') return { text: `${right(true)}: ${phrasing.nonceRight(guide)}`, id };
    // More than the guide's works, at a cost: neither yes nor no, whichever way it is asked.
    if (status === 'warn') {
      const high = phrasing.nonceHigh(String(asked), guide);
      return { text: `${high[0]!.toUpperCase()}${high.slice(1)}`, id };
    }
    return { text: `${right(false)}: ${phrasing.nonceWrong(String(asked), guide)}`, id };
  }
  // The IP restriction, by any of its names: on, with the service's range. Open to every
  // address, the key works from anywhere: no.
  const anyAddress = index.language.anyAddressCue.test(text);
  const broad = index.language.broadRangeCue.test(text);
  if (namesIp(index, text) || anyAddress || broad) {
    const form = formOf(text, goalText, null);
    const id = sectionOf(index, form, 'ip');
    if (id < 0) return null;
    // A range broader than the service's works and the checker warns: neither yes nor no.
    if (broad) return { text: phrasing.ipBroad(EDITIONS[form].ipField), id };
    const body = phrasing.ipOn(EDITIONS[form].ipField);
    return {
      text: anyAddress
        ? `${askingProblem ? phrasing.yes : phrasing.no}: ${body}`
        : answer(true, body),
      id,
    };
  }
  return null;
}
