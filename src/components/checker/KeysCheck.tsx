/** Island for "Connect Kraken": the key formats, checked only in the browser, in English (Indonesian: ./id/KeysCheck). */
import { EN } from '../../lib/messages/en';
import { KeysIsland } from './CheckerIslands';
import { entry } from './messages';

export default entry(KeysIsland, EN, 'KeysCheck');
