/**
 * The rule module (nonce-rule.ts) with its checks in English words under their former names, for the
 * live check. The islands import nonce-rule.ts, which never loads the English catalogue.
 */
export * from './nonce-rule';
export { checkNonceWindow } from './english';
