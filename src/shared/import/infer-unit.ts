/**
 * A report whose title was lost in copying (seed 001) still names its year and its unit in the text:
 * 「从2021年1月1日截至2021年12月31日」「崇文镇政府未收到过公开申请」. These guesses are only used when there is
 * no title, and the clerk is told to check them.
 */

/** The year the text speaks of most, among plausible report years. */
export function guessYear(text: string): number | undefined {
  const counts = new Map<number, number>();
  for (const m of text.matchAll(/(20\d\d)\s*年/g)) {
    const year = Number(m[1]);
    if (year >= 2019) counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  return mostFrequent(counts);
}

/** Words that end like a town's name but are not one (「各乡镇」「全镇」「本街道」). */
const NOT_A_NAME = /^(各|全|本|我|该|此|乡|镇)|乡镇$|城镇$/;

/**
 * The township the text names most often: a two- or three-character name before 镇, 乡 or 街道, counted
 * wherever it appears. A name must appear at least twice; a longer name wins a tie (小纪汗镇 over 纪汗镇).
 */
export function guessTownship(text: string): string | undefined {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(/(?=([\u4e00-\u9fa5]{2,3}(?:镇|乡|街道)))/g)) {
    const name = m[1] ?? '';
    if (!NOT_A_NAME.test(name) && !counts.has(name)) counts.set(name, text.split(name).length - 1);
  }
  const named = new Map([...counts].filter(([, n]) => n >= 2));
  return mostFrequent(named, (a, b) => b.length - a.length);
}

function mostFrequent<K>(counts: Map<K, number>, tie: (a: K, b: K) => number = () => 0): K | undefined {
  const [best] = [...counts].sort((a, b) => b[1] - a[1] || tie(a[0], b[0]));
  return best?.[0];
}
