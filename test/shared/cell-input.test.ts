import { describe, expect, it } from 'vitest';
import { parseCellInput } from '@shared/report';

describe('what a clerk types into a cell', () => {
  it.each([
    ['30', 'count', 30],
    ['３０', 'count', 30],
    [' 1,560 ', 'count', 1560],
    ['1，560', 'count', 1560],
    ['0', 'count', 0],
    ['/', 'count', null],
    ['—', 'count', null],
    ['-', 'count', null],
    ['无', 'count', null],
    ['', 'count', null],
    ['-8', 'signed', -8],
    ['－８', 'signed', -8],
    // 本年增/减 as the 2019 tables print it.
    ['减4', 'signed', -4],
    ['增2', 'signed', 2],
    ['+2', 'signed', 2],
    ['24252.311082', 'amount', 24252.311082],
    ['２４２５２．３１', 'amount', 24252.31],
  ] as const)('reads %j as a %s: %j', (text, kind, value) => {
    expect(parseCellInput(text, kind)).toEqual({ ok: true, value });
  });

  it.each([
    ['abc', 'count', '不是数字'],
    ['3件', 'count', '不是数字'],
    ['1.5', 'count', '整数'],
    ['-3', 'count', '不能为负数'],
    ['-1', 'amount', '不能为负数'],
    ['1.1234567', 'amount', '6位小数'],
    ['1,2,3', 'count', '不是数字'],
    ['减4', 'count', '不是数字'],
    ['增减2', 'signed', '不是数字'],
  ] as const)('refuses %j for a %s, saying why', (text, kind, words) => {
    const r = parseCellInput(text, kind);
    expect(r.ok).toBe(false);
    expect(r.ok || r.message).toContain(words);
  });
});
