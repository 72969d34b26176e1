/**
 * The indexes the build wrote (dist/server/ask-index.json: one per language), read as the
 * server reads them. Build first (`npm run build`).
 */
import { readFileSync } from 'node:fs';
import {
  INDEX_FILE,
  loadIndexFile,
  type AskIndexes,
  type IndexFile,
} from '../../src/lib/ask/search-index';

export function builtIndexes(): AskIndexes {
  const file = new URL(`../../dist/server/${INDEX_FILE}`, import.meta.url);
  return loadIndexFile(JSON.parse(readFileSync(file, 'utf8')) as IndexFile);
}
