/**
 * The numbers of a recorded text (articles, paragraphs, days, years, counts) that its translation
 * lost: each number of the English must be in the translation at least as often ("200,000" is
 * "200 000", so digits are compared as runs). Used by the checks of the seed's Ukrainian.
 */
export function lostNumbers(recorded: string, translation: string): number[] {
  const numbers = (text: string) => (text.match(/\d+/g) ?? []).map(Number).sort((a, b) => a - b);
  const have = numbers(translation);
  return numbers(recorded).filter((n) => {
    const at = have.indexOf(n);
    if (at === -1) return true;
    have.splice(at, 1);
    return false;
  });
}
