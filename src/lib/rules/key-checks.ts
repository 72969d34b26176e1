/**
 * The rule module (key-rules.ts) with its checks in English words under their former names, for the
 * live check. The islands import key-rules.ts, which never loads the English catalogue.
 */
export * from './key-rules';
export { checkApiKey, checkPrivateKey, checkSwapped } from './english';
