/**
 * Loads the question index once per process. The build writes it at the root of the server
 * build (dist/server on Node; the Netlify function bundle carries it at the same place
 * relative to the server code), and the bundled code sits one or more directories below
 * that root, so the file is looked for upwards from this module.
 */
import { readFile } from 'node:fs/promises';
import { INDEX_FILE, loadIndexFile, type AskIndexes, type IndexFile } from './search-index';

const MAX_LEVELS = 5;

async function findIndex(): Promise<IndexFile> {
  let dir = new URL('./', import.meta.url);
  for (let level = 0; level <= MAX_LEVELS; level++) {
    try {
      return JSON.parse(await readFile(new URL(INDEX_FILE, dir), 'utf8')) as IndexFile;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    dir = new URL('../', dir);
  }
  throw new Error(`${INDEX_FILE} not found: build the site first.`);
}

let loading: Promise<AskIndexes> | undefined;

/** Every language's index: a twin is answered from the index of its own language. */
export function askIndex(): Promise<AskIndexes> {
  loading ??= findIndex()
    .then(loadIndexFile)
    .catch((error: unknown) => {
      // A later request tries again (the build may have been missing, not broken).
      loading = undefined;
      throw error;
    });
  return loading;
}
