/** Every message code, for the schemas (server side: the islands never need the list). */
import { EN_KEY_CONFIG } from './en/key-config';
import { OFFLINE_CODES } from './en/rules';
import type { KeyConfigCode, MessageCode } from './types';

export { OFFLINE_CODES } from './en/rules';

export const MESSAGE_CODES = [
  ...OFFLINE_CODES,
  ...(Object.keys(EN_KEY_CONFIG) as KeyConfigCode[]),
] as [MessageCode, ...MessageCode[]];
