/**
 * Chinese names in pinyin order (丁, 汪, 余, 张), as people look them up. In memory, compare with the
 * collator; for lists the store pages, sort on `pinyinSortKey`, stored beside the name on every write.
 */
const collator = new Intl.Collator('zh-Hans-CN-u-co-pinyin');

export const comparePinyin = (a: string, b: string): number => collator.compare(a, b);

const FIRST_HAN = 0x4e00;
const LAST_HAN = 0x9fff;
let hanRanks: Map<number, number> | null = null;

/** Each common Han character's place in pinyin order, computed once per process (~70 ms). */
function rankOfHan(codePoint: number): number | undefined {
  if (!hanRanks) {
    const chars = Array.from({ length: LAST_HAN - FIRST_HAN + 1 }, (_, i) => String.fromCodePoint(FIRST_HAN + i));
    chars.sort(comparePinyin);
    hanRanks = new Map(chars.map((char, rank) => [char.codePointAt(0)!, rank]));
  }
  return hanRanks.get(codePoint);
}

/**
 * A string whose plain (code unit) order is pinyin order: per character, `h` + its pinyin rank for Han
 * characters, `a` + its code point for anything else (so Latin letters and digits come first); 4 base-36
 * digits each. The ranks come from this runtime's ICU: `system.setup` recomputes stored keys.
 */
export function pinyinSortKey(text: string): string {
  return Array.from(text, (char) => {
    const codePoint = char.codePointAt(0)!;
    const rank = rankOfHan(codePoint);
    return rank === undefined
      ? `a${codePoint.toString(36).padStart(4, '0')}`
      : `h${rank.toString(36).padStart(4, '0')}`;
  }).join('');
}
