import { blocksToHtml, htmlToBlocks, type Block } from '../../src/features/study/blocks';

/** The admin editor's blocks survive a round trip through HTML, and escape what members typed. */
test('blocks become HTML and come back the same', () => {
  const blocks: Block[] = [
    { kind: 'heading', text: '一、总纲' },
    { kind: 'paragraph', text: '第一段\n第二段 <b>不是标签</b>' },
    { kind: 'list', text: '坚持\n落实' },
    { kind: 'image', text: 'zhdj-file:abc.png' },
    { kind: 'table', text: '项目 | 时间\n学习 | 周一' },
  ];
  const html = blocksToHtml(blocks);
  expect(html).toContain('<p>第二段 &lt;b&gt;不是标签&lt;/b&gt;</p>');
  expect(html).toContain('<table><tr><th>项目</th><th>时间</th></tr><tr><td>学习</td><td>周一</td></tr></table>');
  expect(htmlToBlocks(html)).toEqual(blocks);
});

test('the server-styled output still reads back, and foreign HTML is kept as 原文', () => {
  const stored =
    '<h2>标题</h2><img src="zhdj-file:x.png" alt="" style="max-width:100%" /><table style="width:100%"><tr><th style="border:1px">甲</th></tr></table><blockquote>引用</blockquote>';
  expect(htmlToBlocks(stored)).toEqual([
    { kind: 'heading', text: '标题' },
    { kind: 'image', text: 'zhdj-file:x.png' },
    { kind: 'table', text: '甲' },
    { kind: 'html', text: '<blockquote>引用</blockquote>' },
  ]);
});
