/** The live check in Indonesian (the pages under /id/ import this entry). */
import { ID } from '../../../lib/messages/id';
import { ID_LIVE_WORDS } from '../../../lib/messages/id/live-words';
import { liveEntry } from '../entry';

export default liveEntry(ID, ID_LIVE_WORDS);
