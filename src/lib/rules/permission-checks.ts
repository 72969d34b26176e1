/**
 * The rule module (permission-rules.ts) with its checks in English words under their former names, for the
 * live check. The islands import permission-rules.ts, which never loads the English catalogue.
 */
export * from './permission-rules';
export { judgePermission, judgeEveryPermission, checkPermissions } from './english';
