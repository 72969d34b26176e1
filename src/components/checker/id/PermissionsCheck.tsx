/** Island for "Select permissions": the replica of Kraken’s form and its checks, in Indonesian. */
import { ID } from '../../../lib/messages/id';
import { PermissionsIsland } from '../CheckerIslands';
import { entry } from '../messages';

export default entry(PermissionsIsland, ID, 'PermissionsCheck');
