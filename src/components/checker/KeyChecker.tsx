/** The key checker page's island, every check in one form, in English (Indonesian: ./id/KeyChecker). */
import { EN } from '../../lib/messages/en';
import KeyCheckerForm from './KeyCheckerForm';
import { entry } from './messages';

export { RESULT_PATH } from './KeyCheckerForm';
export default entry(KeyCheckerForm, EN, 'KeyChecker');
