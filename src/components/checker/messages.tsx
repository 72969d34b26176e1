/**
 * The page's language for the checker's islands. Each language has its own
 * entry modules (`./PermissionsCheck` for English, `./id/PermissionsCheck` for
 * Indonesian …), each importing one catalogue, so a page's JavaScript holds
 * only its own language's words; the islands read them from this context.
 */
import type { ComponentType, ReactNode } from 'react';
import { createContext, useContext } from 'react';
import type { Lang, Messages } from '../../lib/messages/types';

const MessagesContext = createContext<Messages | null>(null);

export function useMessages(): Messages {
  const messages = useContext(MessagesContext);
  if (!messages) {
    throw new Error(
      'A checker part rendered outside its island: render it through an entry module.',
    );
  }
  return messages;
}

/** The enclosing island's messages, or null outside any island. */
export function useMessagesIfAny(): Messages | null {
  return useContext(MessagesContext);
}

export function MessagesProvider({
  messages,
  children,
}: {
  messages: Messages;
  children: ReactNode;
}) {
  return <MessagesContext value={messages}>{children}</MessagesContext>;
}

/** Where each language's entry modules are, for the message a wrong import gets. */
const ENTRY_FOLDER: Record<Lang, string> = {
  en: 'components/checker/',
  id: 'components/checker/id/',
};

/**
 * An island in one language. `lang` may be given (the pages pass it) but must be the
 * entry's own: a page that imports the English island and asks for Indonesian would
 * otherwise show English without a word, so it stops the build with what to change.
 */
export function entry<P extends object>(
  Island: ComponentType<P>,
  messages: Messages,
  name: string,
  folders: Record<Lang, string> = ENTRY_FOLDER,
): ComponentType<P & { lang?: Lang | undefined }> {
  function Entry({ lang, ...props }: P & { lang?: Lang | undefined }) {
    // Checked where the page is built (the server); the browser gets the same props.
    if (import.meta.env.SSR && lang !== undefined && lang !== messages.lang) {
      throw new Error(
        `${name} in lang="${String(lang)}": import it from ${folders[lang] ?? folders.en}${name} (this one is from ${folders[messages.lang]}).`,
      );
    }
    return (
      <MessagesProvider messages={messages}>
        <Island {...(props as P)} />
      </MessagesProvider>
    );
  }
  return Entry;
}
