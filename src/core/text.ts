// Text fitting for titles and descriptions: cut at a word boundary with an ellipsis. Only a first
// word longer than half the limit is cut inside the word.
export function clip(text: string, max: number): string {
  const chars = [...text.trim()];
  if (chars.length <= max) return text.trim();
  const cut = chars.slice(0, max - 1).join('');
  // When the next character is a space, the cut already ends on a whole word.
  const atWord = /\s/.test(chars[max - 1] ?? '') ? cut : cut.replace(/\s+\S*$/, '');
  return `${(atWord.length > max / 2 ? atWord : cut).replace(/[\s,.;:–-]+$/, '')}…`;
}
