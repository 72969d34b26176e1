/** Island for "Select permissions": the replica of Kraken’s form and its checks, in English (Indonesian: ./id/PermissionsCheck). */
import { EN } from '../../lib/messages/en';
import { PermissionsIsland } from './CheckerIslands';
import { entry } from './messages';

export default entry(PermissionsIsland, EN, 'PermissionsCheck');
