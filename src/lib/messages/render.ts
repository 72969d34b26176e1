/**
 * Turns a rule's code and values into words with one language's catalogue.
 * The one place a coded finding gets its title, detail and fix.
 */
import type { Finding } from '../rules/finding';
import type { Catalogue, Coded, CodedFinding, MessageCode, Words } from './types';

export function wordsOf<C extends MessageCode>(catalogue: Catalogue<C>, coded: Coded<C>): Words {
  // The mapped type pairs each code with its values; the union needs one widening here.
  const entry = catalogue[coded.code as C] as (values: Coded<C>['values']) => Words;
  return entry(coded.values);
}

/** A coded finding with its words, in the field order every answer uses. */
export function renderFinding<C extends MessageCode>(
  catalogue: Catalogue<C>,
  finding: CodedFinding<C>,
): Finding {
  const { id, status, code, stepKey, trouble } = finding;
  const { title, detail, fix } = wordsOf(catalogue, finding);
  const out: Finding = { id, status, code, title, detail, fix, stepKey };
  if (trouble !== undefined) out.trouble = trouble;
  return out;
}
