/** Island for the IP whitelisting step, in Indonesian. */
import { ID } from '../../../lib/messages/id';
import { IpIsland } from '../CheckerIslands';
import { entry } from '../messages';

export default entry(IpIsland, ID, 'IpCheck');
