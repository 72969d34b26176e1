/**
 * One typo: the distance at which a question's word is read as the docs' word. Pure.
 */

/** Two neighbouring letters swapped ("lenght"): one slip of the fingers, one typo. */
function swapped(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const diff = [...a].flatMap((c, i) => (c === b[i] ? [] : [i]));
  return (
    diff.length === 2 &&
    diff[1] === diff[0]! + 1 &&
    a[diff[0]!] === b[diff[1]!] &&
    a[diff[1]!] === b[diff[0]!]
  );
}

/** Within one edit, for words long enough that one edit is a typo and not another word. */
export function near(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  // A four-letter word is another word one letter away ("fees", "feed"), but for a letter
  // left out of a five-letter one ("evry").
  if (Math.min(a.length, b.length) < 4 || Math.max(a.length, b.length) < 5) return false;
  if (swapped(a, b)) return true;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}
