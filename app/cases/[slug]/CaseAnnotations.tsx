/** The analysts' notes on a case (placeholder until the annotations are built). */
export async function CaseAnnotations(_props: { caseId: string; caseSlug: string }) {
  return null;
}
