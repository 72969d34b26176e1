/**
 * What a yes/no question names: the permissions (by any of their labels, on either form), the
 * form it asks about, the IP restriction by any of its names, the options the guide leaves
 * unset, and the nonce window's number as the checker reads it. Pure: the question's text (and the index's language) in.
 */
import type { GuideForm } from '../guide/links';
import {
  EDITIONS,
  KEY_OPTIONS,
  NONCE_WINDOW,
  PERMISSIONS,
  type OptionKey,
  type Permission,
} from '../profile/kraken';
import { parseNonceWindow } from '../rules/nonce-rule';
import { phraseIn } from './query';
import type { AskIndex } from './search-index';
import type { LanguageData } from './vocabulary';

export interface Named {
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

/** The forms a text names by their editions' names ("Pro or Classic?" names both). */
export const editionsIn = (text: string): GuideForm[] =>
  (['pro', 'classic'] as const).filter((form) => namesEdition(text, form));

/** The form a question names by its edition's name, if one (Classic first). */
export function editionIn(text: string): GuideForm | null {
  const forms = editionsIn(text);
  return forms.includes('classic') ? 'classic' : (forms[0] ?? null);
}

/**
 * The form asked about: the one the question names, else the one the goal names (a Pro
 * label may be what a Classic user calls the box), else the form whose own label the
 * question used, else Pro.
 */
export function formOf(text: string, goal: string, labelForm: GuideForm | null): GuideForm {
  return editionIn(text) ?? editionIn(goal) ?? labelForm ?? 'pro';
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
export function namesIp(index: AskIndex, text: string): boolean {
  if (ipGroup(index).some((name) => phraseIn(text, name))) return true;
  return (
    /\bips?\b/.test(text) && /\b(whitelist|allowlist|restrict|limit|pembatasan|batasi)/.test(text)
  );
}

/**
 * The number a question names, in the ways people write two million, read as the checker
 * reads it ("2.5m" is 2500000); grouping marks it cannot read are dropped.
 */
export function numberIn(
  text: string,
  language?: Pick<LanguageData, 'aboveCue' | 'belowCue'>,
): AskedNumber | null {
  const values = [...text.matchAll(/(\d[\d ,.]*\d|\d)\s*(m\b|million\b|juta\b)?/gi)].map((m) => {
    const read = parseNonceWindow(m[0]);
    const value = read.ok
      ? read.value
      : Number(m[1]!.replace(/[ ,.]/g, '')) * (m[2] ? 1_000_000 : 1);
    const before = text.slice(0, m.index);
    const bound = language?.aboveCue.test(before)
      ? ('above' as const)
      : language?.belowCue.test(before)
        ? ('below' as const)
        : null;
    return { value, bound };
  });
  // Beside the guide's value ("higher than 2000000, like 5000000"), the other is the one asked.
  return values.find((v) => v.value !== NONCE_WINDOW) ?? values[0] ?? null;
}

/** A number a question names, and whether it names it as a bound ("more than 2000000"). */
export interface AskedNumber {
  value: number;
  bound: 'above' | 'below' | null;
}

/**
 * The permissions a question names, by whole names when it has any. A label's first word
 * that is also a verb of the language ("add" of "Add withdrawal addresses") names nothing
 * alone: "add a missing permission" is not about that box.
 */
export function named(index: AskIndex, text: string): Named[] {
  const { actionWords: verbs, permissionWords } = index.language;
  const all = permissionsNamed(text, permissionWords).filter(
    (n) => !(n.short && verbs.includes(n.short)),
  );
  // A label's first word is also a plain word ("withdraw access"): beside a whole name, it
  // names nothing.
  return all.some((n) => !n.short) ? all.filter((n) => !n.short) : all;
}

/** The form a question asks about by name, other than the form of the name it uses. */
export function askedForm(text: string, name: Named): GuideForm | null {
  const forms = editionsIn(text);
  return forms.find((f) => f !== name.form) ?? forms[0] ?? null;
}

/** The options the guide leaves unset that the lower-case question names. */
export function optionsNamed(index: AskIndex, text: string): Set<OptionKey> {
  return new Set(
    index.language.optionWords.flatMap(([pattern, keys]) => (pattern.test(text) ? keys : [])),
  );
}

/**
 * The form whose own wording of the options the question uses ("Query Start Date/Time", "no
 * expiration"), the longest winning: Pro's labels are the beginnings of Classic's, and a
 * wording both forms share ("key expiration") says neither.
 */
export function optionForm(text: string): GuideForm | null {
  const wordings = (form: GuideForm) =>
    KEY_OPTIONS[form].flatMap((o) =>
      [o.label, o.unset.replace('-', ' ')].map((w) => w.toLowerCase()),
    );
  let best: { form: GuideForm; length: number } | null = null;
  for (const form of ['pro', 'classic'] as const) {
    const other = new Set(wordings(otherEdition(form)));
    for (const words of wordings(form))
      if (!other.has(words) && phraseIn(text, words) && words.length > (best?.length ?? 0))
        best = { form, length: words.length };
  }
  return best?.form ?? null;
}
