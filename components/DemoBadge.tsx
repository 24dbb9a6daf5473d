/** Marks a record that is demo data, not a fact; every such record must say so where it is shown. */
export function DemoBadge() {
  return (
    <span className="badge badge-demo" title="Synthetic record for demonstration; not a fact">
      Demo data, not a fact
    </span>
  );
}
