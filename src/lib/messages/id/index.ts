/** Every Indonesian message: the rules' words and the checker's interface. */
import type { Messages } from '../types';
import { ID_RULES } from './rules';
import { ID_UI } from './ui';

export const ID: Messages = { lang: 'id', rules: ID_RULES, ui: ID_UI };
