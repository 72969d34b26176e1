/** Island for "Connect Kraken": the key formats, checked only in the browser, in Indonesian. */
import { ID } from '../../../lib/messages/id';
import { KeysIsland } from '../CheckerIslands';
import { entry } from '../messages';

export default entry(KeysIsland, ID, 'KeysCheck');
