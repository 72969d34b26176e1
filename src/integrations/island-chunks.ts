import type { AstroIntegration } from 'astro';
import type { Plugin, Rolldown } from 'vite';

type CodeSplitting = NonNullable<Rolldown.OutputOptions['codeSplitting']>;

/**
 * How the islands' code is split into files (client build only). Left to the bundler, it came
 * in many small chunks (the words, the fields, the live check, React's helpers), and gzip,
 * which compresses each file alone, lost on every split: the catalogues cost 2 KB more than
 * the words inline had. Here the libraries are one chunk, the code every island shares in
 * every language another, and each language's words a third, so a page loads its own
 * language's words and no other (e2e/budget.spec.ts measures both). Apart stay what only
 * some pages use: the guide steps' panels (CheckerIslands), the key checker page's form
 * (KeyCheckerForm), and each island's small entry module.
 */
const norm = (id: string) => id.replaceAll('\\', '/');
/** A language's catalogue folder, src/lib/messages/<lang>/. */
const LANG_WORDS = /\/src\/lib\/messages\/([a-z]{2,3})\//;
/** The islands' entry modules (the pages import them), in each language's folder. */
const ENTRY = /\/src\/components\/(checker|live)\/([a-z]{2,3}\/)?(\w+Check|KeyChecker)\.tsx$/;
const OWN_CHUNK =
  /\/src\/components\/checker\/(CheckerIslands|CheckPanel|KeyCheckerForm|CheckSummary)\.tsx$/;
const library = (id: string) =>
  /\/node_modules\/(react|react-dom|scheduler|@astrojs\/react|ipaddr\.js)\//.test(norm(id));
/**
 * The islands' shared code: what the checker and the live check import, in no language.
 */
function sharedIslandCode(id: string): boolean {
  const path = norm(id);
  if (LANG_WORDS.test(path) || ENTRY.test(path) || OWN_CHUNK.test(path)) return false;
  if (/\.css$/.test(path)) return false;
  return /\/src\/components\/(checker|live)\/|\/src\/lib\/(?!ask\/)/.test(path);
}
const CHUNKS: CodeSplitting = {
  groups: [
    // React, React DOM, Astro's React client and ipaddr.js: every island page loads them.
    { name: 'libs', test: library, priority: 30 },
    // Captured before the words, with what it imports, so no shared module joins a language.
    { name: 'islands', test: sharedIslandCode, priority: 20 },
    {
      name: (id: string) => `words-${LANG_WORDS.exec(norm(id))?.[1]}`,
      test: (id) => LANG_WORDS.test(norm(id)),
      priority: 10,
    },
  ],
};

/**
 * Stops the client build when a language's words land in a chunk shared by every language,
 * where the other language's pages would load them. Chunk names and modules only, no guesses.
 */
function oneLanguagePerChunk(): Plugin {
  return {
    name: 'one-language-per-chunk',
    applyToEnvironment: (environment) => environment.name === 'client',
    generateBundle(_, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const langs = new Set(
          chunk.moduleIds.map((id) => LANG_WORDS.exec(norm(id))?.[1]).filter(Boolean),
        );
        const own = langs.size === 1 && chunk.fileName.startsWith(`_astro/words-${[...langs][0]}.`);
        if (langs.size > 0 && !own) {
          this.error(
            `${chunk.fileName} holds the words of ${[...langs].join(', ')}: a page of another language would load them. Keep src/lib/messages/<lang>/ imported only by that language's entry modules (src/integrations/island-chunks.ts).`,
          );
        }
      }
    },
  };
}

/** The islands' chunking and its guard, for the client build. */
export default function islandChunks(): AstroIntegration {
  return {
    name: 'island-chunks',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [oneLanguagePerChunk()],
            environments: {
              client: { build: { rolldownOptions: { output: { codeSplitting: CHUNKS } } } },
            },
          },
        });
      },
    },
  };
}
