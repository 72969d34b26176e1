/**
 * The live island in one language: its entry module imports that language's
 * checker messages and live words only, so a page ships its own language's
 * catalogue and no other.
 */
import type { ComponentType } from 'react';
import type { LiveWords } from '../../lib/messages/live-types';
import type { Lang, Messages } from '../../lib/messages/types';
import { entry } from '../checker/messages';
import { LiveIsland, type LiveProps } from './LiveIsland';

const LIVE_FOLDER: Record<Lang, string> = { en: 'components/live/', id: 'components/live/id/' };

export function liveEntry(messages: Messages, words: LiveWords): ComponentType<LiveProps> {
  function Live(props: LiveProps) {
    return <LiveIsland {...props} words={words} />;
  }
  return entry(Live, messages, 'LiveCheck', LIVE_FOLDER);
}
