/** The key fields for the live check: in English unless rendered inside an island (see english.tsx). */
import type { ComponentProps } from 'react';
import { EnglishUnlessInIsland } from './english';
import KeyFieldsView from './KeyFieldsView';

export default function KeyFields(props: ComponentProps<typeof KeyFieldsView>) {
  return (
    <EnglishUnlessInIsland>
      <KeyFieldsView {...props} />
    </EnglishUnlessInIsland>
  );
}
