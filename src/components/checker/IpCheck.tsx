/** Island for the IP whitelisting step, in English (Indonesian: ./id/IpCheck). */
import { EN } from '../../lib/messages/en';
import { IpIsland } from './CheckerIslands';
import { entry } from './messages';

export default entry(IpIsland, EN, 'IpCheck');
