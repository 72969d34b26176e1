import { z } from 'astro/zod';

/**
 * The site's own UI strings beside Starlight's (figures' zoom link, copy buttons, the
 * service's IP range box), by key. Every language file in this folder (en.json, id.json)
 * must give each of them: a file missing one stops the build naming the key. Components
 * read them with `Astro.locals.t(key)`, in the page's language.
 */
const text = z.string().min(1);

export const siteStrings = z.object({
  'figure.openFullSize': text,
  'copy.button': text,
  'copy.buttonLabel': text,
  'copy.done': text,
  'copy.doneStatus': text,
  'copy.failedStatus': text,
  'serviceIpRange.intro': text,
  'serviceIpRange.wholeLabel': text,
  'serviceIpRange.entriesIntro': text,
  'serviceIpRange.entryLabel': text,
  'serviceIpRange.whereTitle': text,
  'serviceIpRange.where': text,
  'serviceIpRange.whereClassic': text,
  'serviceIpRange.openConnectPage': text,
});
