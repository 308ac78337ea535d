import { importTemplate } from '../shared/import-template';
import { QUESTION_COLUMNS } from './questions.service';

/** The question-bank template: the import columns and one example of a single-choice question. */
const EXAMPLE: Record<string, string> = {
  题型: '单选题',
  题干: '（示例，导入前请删除本行）党的根本宗旨是什么？',
  选项A: '全心全意为人民服务',
  选项B: '发展经济',
  选项C: '改革开放',
  选项D: '科技兴国',
  选项E: '',
  选项F: '',
  答案: 'A',
  解析: '见党章总纲。多选题答案写 ABD，判断题写 对 或 错，填空题多个答案用 | 分隔。',
  知识点: '党章',
  难度: '易',
  来源: '',
};

export const questionTemplate = () =>
  importTemplate(
    '题库',
    QUESTION_COLUMNS,
    QUESTION_COLUMNS.map((column) => EXAMPLE[column] ?? ''),
  );
