/** The key checker page's island, every check in one form, in Indonesian. */
import { ID } from '../../../lib/messages/id';
import KeyCheckerForm from '../KeyCheckerForm';
import { entry } from '../messages';

export default entry(KeyCheckerForm, ID, 'KeyChecker');
