/** Island for the nonce window step, in Indonesian. */
import { ID } from '../../../lib/messages/id';
import { NonceIsland } from '../CheckerIslands';
import { entry } from '../messages';

export default entry(NonceIsland, ID, 'NonceCheck');
