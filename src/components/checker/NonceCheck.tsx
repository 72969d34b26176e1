/** Island for the nonce window step, in English (Indonesian: ./id/NonceCheck). */
import { EN } from '../../lib/messages/en';
import { NonceIsland } from './CheckerIslands';
import { entry } from './messages';

export default entry(NonceIsland, EN, 'NonceCheck');
