/** Inclusive ranges of addresses as integers; IPv6 needs all 128 bits, hence bigint. */
export interface Interval {
  start: bigint;
  end: bigint;
}

/** Sorted, with overlapping and touching intervals joined. */
export function mergeIntervals(intervals: readonly Interval[]): Interval[] {
  const sorted = [...intervals].sort((a, b) =>
    a.start < b.start ? -1 : a.start > b.start ? 1 : 0,
  );
  const merged: Interval[] = [];
  for (const { start, end } of sorted) {
    const last = merged.at(-1);
    if (last && start <= last.end + 1n) {
      if (end > last.end) last.end = end;
    } else {
      merged.push({ start, end });
    }
  }
  return merged;
}

/** The parts of `from` outside `minus`; both must be merged (sorted, disjoint). */
export function subtractIntervals(
  from: readonly Interval[],
  minus: readonly Interval[],
): Interval[] {
  const left: Interval[] = [];
  let j = 0;
  for (const { start, end } of from) {
    let cursor = start;
    while (j < minus.length && (minus[j]?.end ?? 0n) < cursor) j++;
    for (let k = j; k < minus.length && cursor <= end; k++) {
      const cut = minus[k];
      if (!cut || cut.start > end) break;
      if (cut.start > cursor) left.push({ start: cursor, end: cut.start - 1n });
      cursor = cut.end + 1n;
    }
    if (cursor <= end) left.push({ start: cursor, end });
  }
  return left;
}

/** Whether every address of `inner` lies in `outer` (both merged). */
export function contains(outer: readonly Interval[], inner: readonly Interval[]): boolean {
  return subtractIntervals(inner, outer).length === 0;
}

export function size(intervals: readonly Interval[]): bigint {
  return intervals.reduce((sum, { start, end }) => sum + end - start + 1n, 0n);
}

/** The fewest aligned power-of-two blocks exactly covering `interval`, as [start, prefix]. */
export function toPrefixBlocks({ start, end }: Interval, bits: number): [bigint, number][] {
  const blocks: [bigint, number][] = [];
  let cursor = start;
  while (cursor <= end) {
    let hostBits = 0;
    while (
      hostBits < bits &&
      (cursor & ((1n << BigInt(hostBits + 1)) - 1n)) === 0n &&
      cursor + (1n << BigInt(hostBits + 1)) - 1n <= end
    ) {
      hostBits++;
    }
    blocks.push([cursor, bits - hostBits]);
    cursor += 1n << BigInt(hostBits);
  }
  return blocks;
}
