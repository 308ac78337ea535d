import type { LearningReport } from './report-type';

/** The strengths and weak points as sentences a member reads. */
export function strengthSentences(report: LearningReport): string[] {
  return report.strengths.map((tag) => `「${tag.tag}」掌握得好：答了 ${tag.answered} 道题，正确率 ${tag.rate}%。`);
}

export function weakSentences(report: LearningReport): string[] {
  return report.weakPoints.map((weak) => {
    const rate = weak.rate === null ? '' : `正确率 ${weak.rate}%`;
    const book = weak.inWrongBook ? `错题本里还有 ${weak.inWrongBook} 道` : '';
    return `「${weak.tag}」需要加强：${[rate, book].filter(Boolean).join('，')}。`;
  });
}
