/**
 * The rule module (ip-rule.ts) with its checks in English words under their former names, for the
 * live check. The islands import ip-rule.ts, which never loads the English catalogue.
 */
export * from './ip-rule';
export { checkIpAllowlist } from './english';
