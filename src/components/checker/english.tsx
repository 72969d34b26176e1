/**
 * Checker parts for a component that renders them outside a checker island
 * (the live check): inside an island they speak its language, elsewhere English.
 */
import type { ReactNode } from 'react';
import { EN } from '../../lib/messages/en';
import { MessagesProvider, useMessagesIfAny } from './messages';

export function EnglishUnlessInIsland({ children }: { children: ReactNode }) {
  const messages = useMessagesIfAny();
  return messages ? children : <MessagesProvider messages={EN}>{children}</MessagesProvider>;
}
