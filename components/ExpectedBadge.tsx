/**
 * Marks a milestone that has not happened: scheduled, announced or pending on its date. In words,
 * not only in colour, and read out as such.
 */
export function ExpectedBadge() {
  return (
    <span className="tag tag-expected" title="Scheduled, announced or pending: it has not happened (yet)">
      Expected
    </span>
  );
}
