/** The results list for the live check: in English unless rendered inside an island (see english.tsx). */
import type { CheckListProps } from './CheckListView';
import CheckListView from './CheckListView';
import { EnglishUnlessInIsland } from './english';

export type { CheckListProps } from './CheckListView';

export default function CheckList(props: CheckListProps) {
  return (
    <EnglishUnlessInIsland>
      <CheckListView {...props} />
    </EnglishUnlessInIsland>
  );
}
