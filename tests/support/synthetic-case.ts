/**
 * The input of a synthetic ICC case with one accused charged with war crimes, at investigation:
 * what the document tests need to attach something to (marked synthetic, as test data must be).
 */
export const syntheticCase = (title: string, accusedName = `${title} accused`) => ({
  title,
  forum: "icc",
  situation: "ukraine",
  accused: [{ key: "a1", name: accusedName, kind: "natural", level: "field-grade" }],
  charges: [{ accused: "a1", crime: "war-crimes", mode: "direct", provisionCited: "Article 8 of the Rome Statute" }],
  isSynthetic: true,
  initialStage: { stage: "INVESTIGATION", date: "2024-03" },
});
