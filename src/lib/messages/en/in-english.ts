/**
 * A rule's finding in English words, for code that shows words before it
 * renders by code (the live check reads the rules this way).
 */
import type { Finding } from '../../rules/finding';
import { renderFinding } from '../render';
import type { CodedFinding } from '../types';
import { EN_RULES } from './rules';

export function inEnglish(finding: CodedFinding): Finding {
  return renderFinding(EN_RULES, finding);
}
