/** The live check in English (English pages import this entry). */
import { EN } from '../../lib/messages/en';
import { LIVE_WORDS } from '../../lib/messages/en/live-words';
import { liveEntry } from './entry';

export default liveEntry(EN, LIVE_WORDS);
