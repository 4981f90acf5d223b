// Whitespace as the regex class \s has it, tested on one UTF-16 code unit: the hot loops that cut
// text and count words test characters one by one, where a regex per character was most of their time.

/** True for the code units \s matches (with or without the u flag: no whitespace is astral). */
export function isSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
