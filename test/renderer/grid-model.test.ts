import { describe, expect, it } from 'vitest';
import { FORMATS } from '@shared/format';
import { parseClipboard, toClipboard } from '../../src/renderer/features/table/clipboard';
import { block, move, pasteTargets, tableModel } from '../../src/renderer/features/table/grid-model';

const t2 = tableModel(FORMATS['gov-2021'].tables.T2);
const t3 = tableModel(FORMATS['gov-2021'].tables.T3);

describe('moving between cells as the printed table is laid out', () => {
  it('moves down a T3 column across the merged label cells', () => {
    expect(move(t3, 'T3.new.natural', 'down')).toBe('T3.carried_in.natural');
    expect(move(t3, 'T3.partial.legal', 'down')).toBe('T3.deny.secret.legal');
    expect(move(t3, 'T3.deny.inquiry.total', 'down')).toBe('T3.none.not_held.total');
    expect(move(t3, 'T3.new.natural', 'down', true)).toBe('T3.carry_out.natural');
    expect(move(t3, 'T3.carry_out.total', 'up', true)).toBe('T3.new.total');
  });

  it('moves across a row and wraps with Tab', () => {
    expect(move(t3, 'T3.new.natural', 'right')).toBe('T3.new.commercial');
    expect(move(t3, 'T3.new.total', 'right')).toBe('T3.new.total');
    expect(move(t3, 'T3.new.total', 'next')).toBe('T3.carried_in.natural');
    expect(move(t3, 'T3.carried_in.natural', 'prev')).toBe('T3.new.total');
    expect(move(t3, 'T3.open.welfare', 'home')).toBe('T3.open.natural');
    expect(move(t3, 'T3.open.welfare', 'end')).toBe('T3.open.total');
    expect(move(t3, 'T3.open.welfare', 'end', true)).toBe('T3.carry_out.total');
  });

  it('moves between T2 rows of three measures and rows of one wide cell', () => {
    expect(move(t2, 'T2.a20_1.normative.in_force', 'down')).toBe('T2.a20_5.licensing.decisions');
    expect(move(t2, 'T2.a20_5.licensing.decisions', 'up')).toBe('T2.a20_1.normative.issued');
  });

  it('maps a pasted block from the focused cell, counting what falls outside', () => {
    const { targets, outside } = pasteTargets(t3, 'T3.new.research', [
      ['1', '2', '3', '4', '5', '6'],
      ['7', '8'],
    ]);
    expect(targets.slice(0, 5)).toEqual([
      ['T3.new.research', '1'],
      ['T3.new.welfare', '2'],
      ['T3.new.legal', '3'],
      ['T3.new.other_org', '4'],
      ['T3.new.total', '5'],
    ]);
    expect(targets.slice(5)).toEqual([
      ['T3.carried_in.research', '7'],
      ['T3.carried_in.welfare', '8'],
    ]);
    expect(outside).toBe(1);
  });

  it('copies a block out as rows of cells', () => {
    expect(block(t3, 'T3.carried_in.commercial', 'T3.new.natural')).toEqual([
      ['T3.new.natural', 'T3.new.commercial'],
      ['T3.carried_in.natural', 'T3.carried_in.commercial'],
    ]);
  });
});

describe('the clipboard', () => {
  it('reads Excel/WPS blocks and web rows', () => {
    expect(parseClipboard('1\t2\t3\r\n4\t\t6\r\n')).toEqual([
      ['1', '2', '3'],
      ['4', '', '6'],
    ]);
    expect(parseClipboard(' 15  0 0 1 0 0 16 ')).toEqual([['15', '0', '0', '1', '0', '0', '16']]);
    expect(toClipboard([[1, null, 3]])).toBe('1\t\t3');
  });
});
