export const NETLIFY_CLI_VERSION: string;
export const DENO_VERSION: string;
export const TOOLS_DIR: string;
export const TOOLS_BIN: string;
export const NETLIFY_BIN: string;
export function offlineEnv(extra?: Record<string, string>): Record<string, string | undefined>;
export function ensureNetlifyTools(options?: { quiet?: boolean }): string;
