// Text fitting for titles and descriptions: cut at a word boundary, never mid-word, with an ellipsis.
export function clip(text: string, max: number): string {
  const chars = [...text.trim()];
  if (chars.length <= max) return text.trim();
  const cut = chars.slice(0, max - 1).join('');
  const atWord = cut.replace(/\s+\S*$/, '');
  return `${(atWord.length > max / 2 ? atWord : cut).replace(/[\s,.;:–-]+$/, '')}…`;
}
