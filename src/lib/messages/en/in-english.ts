/**
 * A rule's finding in English words, for code that shows words before it
 * renders by code (the live check reads the rules this way).
 */
import type { Finding } from '../../rules/finding';
import { renderFinding } from '../render';
import type { Catalogue, CodedFinding, MessageCode } from '../types';
import { EN_KEY_CONFIG } from './key-config';
import { EN_RULES } from './rules';

const EVERY: Catalogue<MessageCode> = { ...EN_RULES, ...EN_KEY_CONFIG };

export function inEnglish(finding: CodedFinding): Finding {
  return renderFinding(EVERY, finding);
}
