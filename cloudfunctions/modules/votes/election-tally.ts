/**
 * Who a 差额选举 elects: the candidates with the most votes, as many as there are seats. When candidates
 * tie for the last seat(s) the count does not decide between them; the meeting does, so they are flagged
 * rather than drawn. Those above the tie are elected outright.
 */
export function electionOutcome(
  counts: Array<{ optionId: string; count: number }>,
  seats: number,
): { elected: string[]; tiedAtBoundary: string[] } {
  const ranked = [...counts].sort((a, b) => b.count - a.count);
  const boundary = ranked[seats - 1]?.count ?? 0;
  const above = ranked.filter((c) => c.count > boundary);
  const atBoundary = ranked.filter((c) => c.count === boundary);
  if (above.length + atBoundary.length <= seats)
    return { elected: [...above, ...atBoundary].map((c) => c.optionId), tiedAtBoundary: [] };
  return { elected: above.map((c) => c.optionId), tiedAtBoundary: atBoundary.map((c) => c.optionId) };
}
