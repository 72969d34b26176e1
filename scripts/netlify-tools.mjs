// Netlify's command-line tool and Deno, pinned, installed on demand into .cache/netlify-tools
// (ignored by git) and reused while the versions match. They are large (~450 MB with their
// dependencies) and only the Netlify-runtime tests and `npm run serve:netlify` need them, so they
// are not dependencies of the project: `npm install` stays lean, and a machine (CI included)
// installs them once, the first time the tests ask.
//
//   node scripts/netlify-tools.mjs           installs if needed, prints the netlify binary's path
//   node scripts/netlify-tools.mjs serve …   `netlify serve --offline …` with the offline env
//
// Deno (its npm package ships the binary) goes beside it: netlify-cli sets up its edge runtime
// with the Deno it finds on PATH, and would download one otherwise. The site has no edge
// function (README, Deployment), so Deno only has to be there.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const NETLIFY_CLI_VERSION = '27.10.2';
export const DENO_VERSION = '2.9.6';

const root = fileURLToPath(new URL('../', import.meta.url));
export const TOOLS_DIR = join(root, '.cache', 'netlify-tools');
export const TOOLS_BIN = join(TOOLS_DIR, 'node_modules', '.bin');
export const NETLIFY_BIN = join(TOOLS_BIN, 'netlify');

/**
 * The environment netlify-cli runs in: no telemetry or error reports (it sends none when it
 * sees CI), no update checks, this project's Node first on PATH, then the tools (Deno).
 */
export function offlineEnv(extra = {}) {
  return {
    ...process.env,
    CI: 'true',
    NETLIFY_TELEMETRY_DISABLED: '1',
    DO_NOT_TRACK: '1',
    NO_UPDATE_NOTIFIER: '1',
    ASTRO_TELEMETRY_DISABLED: '1',
    PATH: [
      dirname(process.execPath),
      join(root, 'node_modules', '.bin'),
      TOOLS_BIN,
      process.env.PATH ?? '',
    ].join(':'),
    ...extra,
  };
}

function installedVersion(name) {
  try {
    const pkg = join(TOOLS_DIR, 'node_modules', name, 'package.json');
    return JSON.parse(readFileSync(pkg, 'utf8')).version;
  } catch {
    return null;
  }
}

const installed = () =>
  installedVersion('netlify-cli') === NETLIFY_CLI_VERSION &&
  installedVersion('deno') === DENO_VERSION &&
  existsSync(NETLIFY_BIN) &&
  existsSync(join(TOOLS_BIN, 'deno'));

/** Installs netlify-cli and Deno at the pinned versions unless they are there; returns netlify. */
export function ensureNetlifyTools({ quiet = false } = {}) {
  if (installed()) return NETLIFY_BIN;
  mkdirSync(TOOLS_DIR, { recursive: true });
  // Its own package.json, so that npm installs here and never touches the project's lockfile.
  writeFileSync(
    join(TOOLS_DIR, 'package.json'),
    `${JSON.stringify({ private: true, dependencies: { 'netlify-cli': NETLIFY_CLI_VERSION, deno: DENO_VERSION } }, null, 2)}\n`,
  );
  if (!quiet) {
    console.error(
      `Installing netlify-cli ${NETLIFY_CLI_VERSION} and deno ${DENO_VERSION} into ${TOOLS_DIR} …`,
    );
  }
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['install', '--no-audit', '--no-fund', '--prefix', TOOLS_DIR], {
    cwd: TOOLS_DIR,
    env: offlineEnv(),
    stdio: quiet ? 'ignore' : ['ignore', 'inherit', 'inherit'],
  });
  if (result.status !== 0 || !installed()) {
    throw new Error(
      `Installing netlify-cli ${NETLIFY_CLI_VERSION} and deno ${DENO_VERSION} into ${TOOLS_DIR} failed (npm exited ${result.status}). Both come from the npm registry; check that npm can reach it.`,
    );
  }
  return NETLIFY_BIN;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const bin = ensureNetlifyTools();
  const [command, ...rest] = process.argv.slice(2);
  if (command === 'serve') {
    const child = spawn(bin, ['serve', '--offline', ...rest], {
      cwd: root,
      env: offlineEnv(),
      stdio: 'inherit',
    });
    child.on('exit', (code) => process.exit(code ?? 1));
  } else {
    console.log(bin);
  }
}
