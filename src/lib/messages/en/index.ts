/** Every English message: the rules' words and the checker's interface. */
import type { Messages } from '../types';
import { EN_RULES } from './rules';
import { EN_UI } from './ui';

export const EN: Messages = { lang: 'en', rules: EN_RULES, ui: EN_UI };
