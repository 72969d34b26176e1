/**
 * Turns a rule's code and values into words with one language's catalogue.
 * The one place a coded finding gets its title, detail and fix.
 */
import type { Finding } from '../rules/finding';
import type { Coded, CodedFinding, RuleCatalogue, Words } from './types';

export function wordsOf(catalogue: RuleCatalogue, coded: Coded): Words {
  // The mapped type pairs each code with its values; the union needs one widening here.
  const entry = catalogue[coded.code] as (values: Coded['values']) => Words;
  return entry(coded.values);
}

/** A coded finding with its words, in the field order every answer uses. */
export function renderFinding(catalogue: RuleCatalogue, finding: CodedFinding): Finding {
  const { id, status, code, stepKey, trouble } = finding;
  const { title, detail, fix } = wordsOf(catalogue, finding);
  const out: Finding = { id, status, code, title, detail, fix, stepKey };
  if (trouble !== undefined) out.trouble = trouble;
  return out;
}
