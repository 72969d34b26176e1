/**
 * The guide's 21 figures in order: id -> scene. Each scene is a function
 * returning a self-contained HTML document (see frame.mjs).
 */
import {
  classicAddForm,
  classicApiList,
  classicKeyCreated,
  classicSecurityMenu,
} from './classic.mjs';
import {
  krakenApiPrompt,
  krakenSwitchMenu,
  proApiList,
  proCreateForm,
  proKeyCreated,
} from './kraken-pro.mjs';
import { serviceConnect } from './service.mjs';

export const SCENES = [
  // Overview
  { id: 'overview-switch', html: () => krakenSwitchMenu('both') },
  { id: 'overview-prompt-pro', html: () => krakenApiPrompt() },
  // Kraken Pro
  { id: 'pro-switch', html: () => krakenSwitchMenu('pro') },
  { id: 'pro-settings-create', html: () => proApiList() },
  { id: 'pro-name-key', html: () => proCreateForm({ state: 1, marks: { name: 1 } }) },
  {
    id: 'pro-ip-restriction',
    html: () => proCreateForm({ state: 3, marks: { ip: 1, ipField: 2 }, focus: 'perms' }),
  },
  { id: 'service-ip-range', html: () => serviceConnect('ip-pro') },
  {
    id: 'pro-nonce-window',
    html: () => proCreateForm({ state: 5, marks: { nonce: 1, nonceField: 2 }, focus: 'nonce' }),
  },
  {
    id: 'pro-generate',
    html: () => proCreateForm({ state: 5, marks: { generate: 1 }, focus: 'generate' }),
  },
  { id: 'service-connect-pro', html: () => serviceConnect('pro') },
  { id: 'pro-key-created', html: () => proKeyCreated() },
  // Kraken Classic
  { id: 'classic-switch', html: () => krakenSwitchMenu('classic') },
  { id: 'classic-security-api', html: () => classicSecurityMenu() },
  { id: 'classic-add-key', html: () => classicApiList() },
  {
    id: 'classic-name-key',
    html: () => classicAddForm({ state: 1, marks: { description: 1, nonce: 2 }, focus: 'top' }),
  },
  {
    id: 'classic-permissions',
    html: () => classicAddForm({ state: 2, marks: { perms: 1 }, focus: 'perms', height: 660 }),
  },
  {
    id: 'classic-ip-whitelisting',
    html: () => classicAddForm({ state: 3, marks: { ipw: 1, addIp: 2 }, focus: 'ipw' }),
  },
  { id: 'service-ip-range-classic', html: () => serviceConnect('ip-classic') },
  {
    id: 'classic-generate',
    html: () => classicAddForm({ state: 4, marks: { generate: 1 }, focus: 'generate' }),
  },
  { id: 'service-connect-classic', html: () => serviceConnect('classic') },
  { id: 'classic-key-created', html: () => classicKeyCreated() },
];
