/**
 * Loads the question index once per process. The build writes it at the root of the server
 * build (dist/server on Node; the Netlify function bundle carries it at the same place
 * relative to the server code), and the bundled code sits one or more directories below
 * that root, so the file is looked for upwards from this module.
 */
import { readFile } from 'node:fs/promises';
import { INDEX_FILE, loadIndexData, type AskIndex, type IndexData } from './search-index';

const MAX_LEVELS = 5;

async function findIndex(): Promise<IndexData> {
  let dir = new URL('./', import.meta.url);
  for (let level = 0; level <= MAX_LEVELS; level++) {
    try {
      return JSON.parse(await readFile(new URL(INDEX_FILE, dir), 'utf8')) as IndexData;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    dir = new URL('../', dir);
  }
  throw new Error(`${INDEX_FILE} not found: build the site first.`);
}

let loading: Promise<AskIndex> | undefined;

export function askIndex(): Promise<AskIndex> {
  loading ??= findIndex()
    .then(loadIndexData)
    .catch((error: unknown) => {
      // A later request tries again (the build may have been missing, not broken).
      loading = undefined;
      throw error;
    });
  return loading;
}
