import { describe, expect, it } from 'vitest';
import { copyForm, dice, diceAtLeast, normalizeForCopy } from '@shared/rules/text';

/** What normalizeForCopy means, as the two replacements it was first written as. */
const byDefinition = (text: string) => text.replace(/[\s\p{P}]/gu, '').replace(/[0-9０-９]+/g, '0');

/** Characters a report's parts are made of, and the odd ones a pasted text brings (astral, lone surrogates). */
const ALPHABET = [
  ...'政府信息公开工作年度报告本机关依申请办理',
  ...'0123456789０１２３４５６７８９',
  ...' \t\n\r\u00a0\u3000\ufeff\u2028\u2009',
  ...'，。、：；“”（）《》！？-—…·,.;:()[]%',
  'a',
  'Ｚ',
  '😀', // a symbol (So), kept
  '𐄀', // AEGEAN WORD SEPARATOR LINE: astral punctuation, dropped
  '\ud800', // lone surrogates, kept as they are
  '\udc00',
];

function randomTexts(count: number, seed: number): string[] {
  let k = seed;
  const next = (n: number) => (k = (k * 48271) % 2147483647) % n;
  return Array.from({ length: count }, () =>
    Array.from({ length: next(60) }, () => ALPHABET[next(ALPHABET.length)] ?? '').join(''),
  );
}

describe('normalizeForCopy', () => {
  it('drops white space and punctuation and makes each run of digits one 0, as its definition says', () => {
    expect(normalizeForCopy('2024年，共收到 1,284 件。')).toBe('0年共收到0件');
    expect(normalizeForCopy('第１２条𐄀😀')).toBe('第0条😀');
    for (const text of randomTexts(5000, 11)) expect(normalizeForCopy(text)).toBe(byDefinition(text));
  });
});

describe('diceAtLeast', () => {
  it('says what dice(a, b) >= threshold says, at the threshold itself and just above it', () => {
    const forms = randomTexts(300, 5).map((t) => copyForm(normalizeForCopy(t)));
    // Pairs that share much, as the county's candidates do: a text and the same text edited.
    const edited = forms.map((f, i) => copyForm(normalizeForCopy(`${f.norm.slice(0, 20 + (i % 9))}改${f.norm}`)));
    let checked = 0;
    for (let i = 0; i < forms.length; i++) {
      const a = forms[i];
      const b = i % 2 === 0 ? edited[i] : forms[(i * 7) % forms.length];
      if (!a || !b) continue;
      const d = dice(a, b);
      for (const t of [0, 0.5, 0.9, 1, d, d + Number.EPSILON, d - Number.EPSILON, 1.5]) {
        expect(diceAtLeast(a, b, t), `${a.norm} / ${b.norm} at ${t}`).toBe(d >= t);
        checked++;
      }
    }
    expect(checked).toBe(forms.length * 8);
  });
});
