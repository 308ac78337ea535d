import { blocksToHtml } from '@/features/study/blocks';
import { filterRows, type ReportRow } from '@/features/admin-study/report-filter';
import { parseTable, tableText } from '@/features/admin-study/table-text';
import { contentStateTag, matchesSearch } from '@/features/admin-study/content-status';

describe('the table block', () => {
  test('an empty block is a 2 × 2 grid, and a grid survives the text form', () => {
    expect(parseTable('')).toEqual([
      ['', ''],
      ['', ''],
    ]);
    const grid = [
      ['篇目', '学时'],
      ['党章 总纲', '2'],
    ];
    expect(parseTable(tableText(grid))).toEqual(grid);
  });

  test('a space typed at the end of a cell is kept while typing', () => {
    expect(parseTable(tableText([['党章 ', '']]))[0]?.[0]).toBe('党章 ');
  });

  test('a | typed into a cell does not make a new column', () => {
    const text = tableText([['甲|乙', '丙']]);
    expect(parseTable(text)[0]).toEqual(['甲／乙', '丙']);
  });

  test('the grid becomes the table the member reads, the first row its header', () => {
    const html = blocksToHtml([
      {
        kind: 'table',
        text: tableText([
          ['篇目', '学时'],
          ['党章', '2'],
        ]),
      },
    ]);
    expect(html).toBe('<table><tr><th>篇目</th><th>学时</th></tr><tr><td>党章</td><td>2</td></tr></table>');
  });

  test('rows shorter than the widest are padded', () => {
    expect(parseTable('a | b | c\nd')).toEqual([
      ['a', 'b', 'c'],
      ['d', '', ''],
    ]);
  });
});

describe('the plan report filter', () => {
  const rows: ReportRow[] = [
    { memberId: 'm1', name: '张伟', unitName: '一支部', done: 2, total: 2, completed: true },
    { memberId: 'm2', name: '李娜', unitName: '一支部', done: 0, total: 2, completed: false },
    { memberId: 'm3', name: '张敏', unitName: '二支部', done: 1, total: 2, completed: false },
  ];
  test('by unit, state and name together', () => {
    expect(filterRows(rows, { unitName: '', state: 'open', search: '' }).map((r) => r.memberId)).toEqual(['m2', 'm3']);
    expect(filterRows(rows, { unitName: '一支部', state: 'done', search: '' }).map((r) => r.memberId)).toEqual(['m1']);
    expect(filterRows(rows, { unitName: '', state: 'all', search: '张' }).map((r) => r.memberId)).toEqual(['m1', 'm3']);
  });
});

describe('the content list', () => {
  test('a published item whose time has not come is 定时发布', () => {
    expect(contentStateTag('published', 2_000, 1_000).label).toBe('定时发布');
    expect(contentStateTag('published', 500, 1_000).label).toBe('已发布');
    expect(contentStateTag('draft', null).label).toBe('草稿');
  });
  test('search needs every word typed in the title', () => {
    expect(matchesSearch('学习贯彻党的二十大精神', '二十大 精神')).toBe(true);
    expect(matchesSearch('学习贯彻党的二十大精神', '二十大 党章')).toBe(false);
  });
});
