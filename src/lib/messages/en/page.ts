/** The guide pages' server-rendered helpers in English. */
import type { PageCatalogue } from '../types';

export const EN_PAGE = {
  copy: {
    button: 'Copy',
    copied: 'Copied',
    copiedStatus: 'Copied to the clipboard.',
    failedStatus: 'Could not copy: select the value and copy it by hand.',
    label: (what) => `Copy ${what}`,
  },
  range: {
    intro: (name) => `The IP range of ${name}:`,
    wholeLabel: 'the whole IP range',
    oneByOne: 'The same entries one by one, one for each row:',
    entryLabel: (n, of, entry) => `entry ${n} of ${of}, ${entry}`,
    whereTitle: 'Where to find the IP range',
    where: (name) =>
      `The IP range is shown on the Kraken connection page of ${name}. Copy it from there exactly as shown; this guide does not list it, so that it can never be out of date.`,
    classicRows: ' On Kraken Classic, add each address or range on its own row.',
    open: 'Open the connection page',
  },
} as const satisfies PageCatalogue;
