import { addRange, completionOf, creditBeat, MAX_BEAT_GAP_SECONDS } from '../../cloudfunctions/modules/study/credit';
import { recommend } from '../../cloudfunctions/modules/study/recommend';
import { referencedFiles, sanitizeContentHtml } from '../../cloudfunctions/modules/study/sanitize';
import { queryTerms, searchTerms } from '../../cloudfunctions/modules/study/search-terms';

/** The pure rules of the study module: crediting, completion, sanitising, search grams and recommendations. */
const article = { kind: 'article' as const, estimatedMinutes: 2, durationSeconds: null };
const video = { kind: 'video' as const, estimatedMinutes: 2, durationSeconds: 120 };
const start = { lastBeatAt: 0, position: 0, creditedSeconds: 0, watched: [] as Array<[number, number]> };

describe('crediting a beat', () => {
  test('an article earns wall-clock time, capped per beat and by its length', () => {
    expect(creditBeat(article, start, { now: 10_000, playing: true }).credited).toBe(10);
    expect(creditBeat(article, start, { now: 3_600_000, playing: true }).credited).toBe(MAX_BEAT_GAP_SECONDS);
    expect(creditBeat(article, { ...start, creditedSeconds: 115 }, { now: 10_000, playing: true }).credited).toBe(5);
    expect(creditBeat(article, start, { now: 10_000, playing: false }).credited).toBe(0);
    // A clock going backwards (a beat claimed out of order) earns nothing.
    expect(creditBeat(article, { ...start, lastBeatAt: 20_000 }, { now: 10_000, playing: true }).credited).toBe(0);
  });

  test('media earns only plausible playback, up to twice real time', () => {
    expect(creditBeat(video, start, { now: 10_000, playing: true, position: 10 })).toMatchObject({
      credited: 10,
      watched: [[0, 10]],
    });
    expect(creditBeat(video, start, { now: 10_000, playing: true, position: 20 }).watched).toEqual([[0, 20]]);
    expect(creditBeat(video, start, { now: 10_000, playing: true, position: 40 })).toMatchObject({
      credited: 0,
      watched: [],
      position: 40,
    });
    expect(creditBeat(video, start, { now: 10_000, playing: true, position: 500 })).toMatchObject({
      credited: 0,
      position: 120,
    });
    expect(creditBeat(video, start, { now: 10_000, playing: false, position: 10 }).watched).toEqual([]);
  });

  test('a topic is a list, not something to time', () => {
    const topic = { kind: 'topic' as const, estimatedMinutes: 10, durationSeconds: null };
    expect(creditBeat(topic, start, { now: 10_000, playing: true }).credited).toBe(0);
  });
});

test('watched ranges merge, so each second counts once', () => {
  let ranges = addRange([], 0, 10);
  ranges = addRange(ranges, 20, 30);
  ranges = addRange(ranges, 5, 25);
  expect(ranges).toEqual([[0, 30]]);
  expect(addRange([[0, 10]], 12, 15)).toEqual([
    [0, 10],
    [12, 15],
  ]);
  expect(addRange([[0, 10]], 10, 10)).toEqual([[0, 10]]);
});

describe('completion thresholds', () => {
  test('an article completes at 60 % of its estimated time', () => {
    expect(completionOf(article, { creditedSeconds: 71, watched: [] })).toEqual({ percent: 98, completed: false });
    expect(completionOf(article, { creditedSeconds: 72, watched: [] })).toEqual({ percent: 100, completed: true });
  });
  test('media completes at 90 % of its timeline watched, not at time spent', () => {
    expect(completionOf(video, { creditedSeconds: 999, watched: [[0, 107]] }).completed).toBe(false);
    expect(
      completionOf(video, {
        creditedSeconds: 0,
        watched: [
          [0, 50],
          [60, 118],
        ],
      }).completed,
    ).toBe(true);
  });
});

describe('sanitising content HTML', () => {
  test('scripts, iframes, handlers and javascript: links go', async () => {
    const clean = await sanitizeContentHtml(
      '<script>alert(1)</script><iframe src="https://evil"></iframe><p onload="x()" onclick="y()">文字</p>' +
        '<a href="javascript:alert(1)">链接</a><img src="javascript:alert(1)"><style>p{}</style><object></object>',
    );
    expect(clean).not.toMatch(/script|iframe|onload|onclick|javascript|style>|object/i);
    expect(clean).toContain('<p>文字</p>');
    expect(clean).toContain('链接');
  });

  test('images, headings, lists and tables stay, with inline layout for rich-text', async () => {
    const clean = await sanitizeContentHtml(
      '<h1>标题</h1><h3>小标题</h3><ul><li>一</li></ul><ol><li>二</li></ol>' +
        '<table><tr><th>列</th></tr><tr><td colspan="2">格</td></tr></table><img src="zhdj-file:abc.png" alt="图">',
    );
    expect(clean).toContain('<h2>标题</h2>');
    expect(clean).toContain('<h3>小标题</h3>');
    expect(clean).toContain('<ul><li>一</li></ul>');
    expect(clean).toMatch(/<table style="width:100%;border-collapse:collapse/);
    expect(clean).toMatch(/<td colspan="2" style="border:1px solid/);
    expect(clean).toMatch(/<img src="zhdj-file:abc.png" alt="图" style="max-width:100%/);
    expect(referencedFiles(clean)).toEqual(['abc.png']);
    // WeChat cloud storage ids carry a scheme and a path.
    const wechat = await sanitizeContentHtml('<img src="zhdj-file:cloud://env-1.7a/uploads/ab12.png"><p>正文</p>');
    expect(referencedFiles(wechat)).toEqual(['cloud://env-1.7a/uploads/ab12.png']);
  });

  test('only safe styles survive', async () => {
    const clean = await sanitizeContentHtml('<p style="text-align:center;position:fixed;background:url(x)">居中</p>');
    expect(clean).toBe('<p style="text-align:center">居中</p>');
  });
});

test('keyword search grams: every 2-gram of the query must be in the document', () => {
  const terms = searchTerms('学习新党章', '解读 Party', '理论');
  expect(terms).toEqual(expect.arrayContaining(['学习', '党章', 'pa', 'ty', '理论', '学']));
  expect(queryTerms('党章')).toEqual(['党章']);
  expect(queryTerms('新党章')).toEqual(['新党', '党章']);
  expect(queryTerms('学')).toEqual(['学']);
  expect(queryTerms('  ，。 ')).toEqual([]);
  expect(queryTerms('PARTY')).toEqual(['pa', 'ar', 'rt', 'ty']);
});

describe('recommendations', () => {
  const DAY = 86_400_000;
  const now = 100 * DAY;
  const candidates = [
    { contentId: 'old-plain', tags: [], publishAt: now - 60 * DAY },
    { contentId: 'new-plain', tags: [], publishAt: now - DAY },
    { contentId: 'tagged', tags: ['党史', '人物'], publishAt: now - 40 * DAY },
    { contentId: 'one-tag', tags: ['党史'], publishAt: now - 40 * DAY },
    { contentId: 'planned', tags: [], publishAt: now - 90 * DAY },
    { contentId: 'tie-b', tags: [], publishAt: now - 50 * DAY },
    { contentId: 'tie-a', tags: [], publishAt: now - 50 * DAY },
  ];
  const context = {
    now,
    planGaps: new Map([['planned', '十一月计划']]),
    recentCompleted: [
      { title: '最近学的', tags: ['人物'] },
      { title: '更早学的', tags: ['党史', '人物'] },
    ],
  };

  test('plan gaps first, then shared tags, then recency; ties by date then id', () => {
    const order = recommend(candidates, context, 10);
    expect(order.map((r) => r.contentId)).toEqual([
      'planned',
      'tagged',
      'one-tag',
      'new-plain',
      'tie-a',
      'tie-b',
      'old-plain',
    ]);
    expect(order[0]?.reason).toBe('学习计划「十一月计划」待完成');
    expect(order[1]?.reason).toBe('因为您学习了「更早学的」');
    expect(order[2]?.reason).toBe('因为您学习了「更早学的」');
    expect(order[3]?.reason).toBe('最新发布');
  });

  test('the same input gives the same order, and the limit applies', () => {
    expect(recommend([...candidates].reverse(), context, 3)).toEqual(recommend(candidates, context, 3));
    expect(recommend(candidates, context, 3)).toHaveLength(3);
  });
});
