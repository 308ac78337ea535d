import { newWorkbook } from '../shared/heavy-libraries';
import type { z } from 'zod';
import {
  DIFFICULTIES,
  DIFFICULTY_LABELS,
  QUESTION_TYPE_LABELS,
  QUESTION_TYPES,
  type QuestionType,
} from '../../../types/labels';
import { OPTION_LETTERS, QuestionSaveInput, questionRuleProblems } from '../../../types/schemas/quiz';
import { appendAudit, newId } from '../audit/audit';
import { AppError } from '../../kernel/app-error';
import { requireMember, type CallContext } from '../../kernel/context';
import type { Filter } from '../../store/types';
import { findAll, membersRepository } from '../members/members.repository';
import { chinaDay } from '../shared/china-time';
import { readTable, TableFileError } from '../shared/table-file';
import { randomKey } from './draw';
import { stemKey } from './grading';
import { questionIdentity } from './question-identity';
import { quizRepository } from './quiz.repository';
import type { QuestionDoc } from './quiz.types';

/** Question banks: writing and correcting questions (history kept), listing, CSV/XLSX import and export. */
type QuestionInput = z.output<typeof QuestionSaveInput>;

async function bankPathOf(ctx: CallContext, unitId: string): Promise<string[]> {
  const unit = await membersRepository(ctx.store).unitById(unitId);
  if (!unit || unit.archived) throw new AppError('NOT_FOUND', '题库所属单位不存在或已撤销。');
  return [...unit.path, unit._id];
}

export async function loadQuestion(ctx: CallContext, questionId: string): Promise<QuestionDoc> {
  const question = await quizRepository(ctx.store).questions.get(questionId);
  if (!question) throw new AppError('NOT_FOUND', '没有找到这道题，可能已被删除。');
  return question;
}

function newQuestion(ctx: CallContext, input: QuestionInput, bankPath: string[], by: string): QuestionDoc {
  return {
    _id: newId('q'),
    bankUnitId: input.unitId,
    bankPath,
    type: input.type,
    stem: input.stem,
    stemKey: stemKey(input.stem),
    randKey: randomKey(),
    options: input.options,
    answer: input.answer,
    explanation: input.explanation,
    tags: input.tags,
    difficulty: input.difficulty,
    source: input.source,
    status: input.status,
    version: 1,
    history: [],
    createdBy: by,
    createdAt: ctx.now,
    updatedAt: ctx.now,
  };
}

export async function saveQuestion(ctx: CallContext, input: QuestionInput): Promise<string> {
  const admin = requireMember(ctx);
  const bankPath = await bankPathOf(ctx, input.unitId);
  const { questions } = quizRepository(ctx.store);
  if (!input.questionId) {
    const doc = newQuestion(ctx, input, bankPath, admin._id);
    await questions.insert(doc);
    await appendAudit(ctx, {
      action: 'question.create',
      summary: `新增了${QUESTION_TYPE_LABELS[doc.type]}「${doc.stem.slice(0, 20)}」`,
      targetId: doc._id,
      targetName: doc.stem.slice(0, 30),
      unitPath: bankPath,
    });
    return doc._id;
  }
  const existing = await loadQuestion(ctx, input.questionId);
  if (existing.type !== input.type)
    throw new AppError('VALIDATION_FAILED', '已有题目不能改题型，请新建一道题。', { type: '不能改题型' });
  const previous = {
    version: existing.version,
    at: existing.updatedAt,
    by: existing.createdBy,
    stem: existing.stem,
    options: existing.options,
    answer: existing.answer,
    explanation: existing.explanation,
  };
  const changed = await questions.updateWhere(
    { _id: existing._id, version: existing.version },
    {
      $set: {
        bankUnitId: input.unitId,
        bankPath,
        stem: input.stem,
        stemKey: stemKey(input.stem),
        options: input.options,
        answer: input.answer,
        explanation: input.explanation,
        tags: input.tags,
        difficulty: input.difficulty,
        source: input.source,
        status: input.status,
        version: existing.version + 1,
        updatedAt: ctx.now,
      },
      $push: { history: previous },
    },
  );
  if (!changed) throw new AppError('CONFLICT');
  await appendAudit(ctx, {
    action: 'question.edit',
    summary: `修改了题目「${input.stem.slice(0, 20)}」（第 ${existing.version + 1} 版）`,
    targetId: existing._id,
    targetName: input.stem.slice(0, 30),
    unitPath: bankPath,
    changes: [
      { field: '答案', before: existing.answer.join('、'), after: input.answer.join('、') },
      { field: '题干', before: existing.stem, after: input.stem },
    ].filter((change) => change.before !== change.after),
  });
  return existing._id;
}

async function duplicatesOf(ctx: CallContext, docs: QuestionDoc[]): Promise<Map<string, string>> {
  const keys = [...new Set(docs.map((doc) => doc.stemKey))];
  if (!keys.length) return new Map();
  const same = await findAll((skip) =>
    quizRepository(ctx.store).questions.find(
      { stemKey: { $in: keys }, status: { $ne: 'retired' } },
      { sort: [['_id', 1]], skip, limit: 100 },
    ),
  );
  // The stem finds candidates by index; only the whole question (options, answer) makes a duplicate.
  const duplicateOf = new Map<string, string>();
  for (const doc of docs) {
    const identity = questionIdentity(doc);
    const other = same.find(
      (q) =>
        q.stemKey === doc.stemKey &&
        q._id !== doc._id &&
        q.bankUnitId === doc.bankUnitId &&
        questionIdentity(q) === identity,
    );
    if (other) duplicateOf.set(doc._id, other._id);
  }
  return duplicateOf;
}

export async function questionView(ctx: CallContext, docs: QuestionDoc[]) {
  const duplicates = await duplicatesOf(ctx, docs);
  const { reports } = quizRepository(ctx.store);
  return Promise.all(
    docs.map(async (doc) => ({
      questionId: doc._id,
      unitId: doc.bankUnitId,
      type: doc.type,
      stem: doc.stem,
      options: doc.options,
      answer: doc.answer,
      explanation: doc.explanation,
      tags: doc.tags,
      difficulty: doc.difficulty,
      source: doc.source,
      status: doc.status,
      version: doc.version,
      duplicateOf: duplicates.get(doc._id) ?? null,
      openReports: await reports.count({ questionId: doc._id, status: 'open' }),
      updatedAt: doc.updatedAt,
    })),
  );
}

export async function listQuestions(
  ctx: CallContext,
  input: { unitId: string; type?: string; status?: string; tag?: string; skip: number; limit: number },
) {
  const filter: Filter = { bankUnitId: input.unitId };
  if (input.type) filter.type = input.type;
  if (input.status) filter.status = input.status;
  if (input.tag) filter.tags = input.tag;
  const { questions } = quizRepository(ctx.store);
  const [page, total] = await Promise.all([
    questions.find(filter, { sort: [['updatedAt', -1]], skip: input.skip, limit: input.limit }),
    questions.count(filter),
  ]);
  return { items: await questionView(ctx, page), total };
}

/** Import columns, in the order of the template and of the export. */
export const QUESTION_COLUMNS = [
  '题型',
  '题干',
  '选项A',
  '选项B',
  '选项C',
  '选项D',
  '选项E',
  '选项F',
  '答案',
  '解析',
  '知识点',
  '难度',
  '来源',
];
const TYPE_BY_LABEL = new Map<string, QuestionType>(
  QUESTION_TYPES.flatMap((t) => [
    [QUESTION_TYPE_LABELS[t], t],
    [QUESTION_TYPE_LABELS[t].replace('题', ''), t],
  ]),
);
const DIFFICULTY_BY_LABEL = new Map(DIFFICULTIES.map((d) => [DIFFICULTY_LABELS[d], d]));

/** A row in the admin's notation → the save input (answers: "ABD", "对", "答案一|答案二"). */
function rowToInput(row: Record<string, string>, unitId: string): unknown {
  const type = TYPE_BY_LABEL.get(row['题型'] ?? '');
  const options = OPTION_LETTERS.map((letter) => row[`选项${letter}`] ?? '').filter(Boolean);
  const rawAnswer = (row['答案'] ?? '').replace(/\s/g, '');
  const answer =
    type === 'single' || type === 'multiple'
      ? [...rawAnswer.toUpperCase().replace(/[,，、]/g, '')]
      : type === 'judge'
        ? [
            rawAnswer === '正确' || rawAnswer === '√'
              ? '对'
              : rawAnswer === '错误' || rawAnswer === '×'
                ? '错'
                : rawAnswer,
          ]
        : (row['答案'] ?? '')
            .split(/[|｜]/)
            .map((a) => a.trim())
            .filter(Boolean);
  return {
    unitId,
    type: type ?? 'invalid',
    stem: row['题干'] ?? '',
    options,
    answer,
    explanation: row['解析'] ?? '',
    tags: (row['知识点'] ?? '')
      .split(/[,，、]/)
      .map((t) => t.trim())
      .filter(Boolean),
    difficulty: DIFFICULTY_BY_LABEL.get(row['难度'] ?? '') ?? 'medium',
    source: row['来源'] ?? '',
  };
}

const FIELD_NAMES: Record<string, string> = {
  type: '题型',
  stem: '题干',
  options: '选项',
  answer: '答案',
  tags: '知识点',
  explanation: '解析',
  source: '来源',
};

type RowInput = { type: string; options: string[]; answer: string[] };

/**
 * Every problem of a row: the field errors, and the rules of options and answer even when a field failed
 * (the schema checks those only once every field is valid), each once.
 */
function everyProblem(raw: RowInput, issues: Array<{ path: PropertyKey[]; message: string }>): string[] {
  const field = (path: PropertyKey[]) => FIELD_NAMES[String(path[0])] ?? '内容';
  const fieldErrors = issues.map((issue) =>
    issue.path[0] === 'type'
      ? '题型：题型应为单选题、多选题、判断题或填空题'
      : `${field(issue.path)}：${issue.message}`,
  );
  const ruleErrors = questionRuleProblems(raw).map((problem) => `${field(problem.path)}：${problem.message}`);
  return [...new Set([...fieldErrors, ...ruleErrors])];
}

export async function importQuestions(
  ctx: CallContext,
  input: { unitId: string; format: 'csv' | 'xlsx'; file: string; mode: 'dry_run' | 'all_or_nothing' | 'valid_only' },
) {
  const admin = requireMember(ctx);
  const bankPath = await bankPathOf(ctx, input.unitId);
  let table: Array<Record<string, string>>;
  try {
    const read = await readTable(input.format, Buffer.from(input.file, 'base64'));
    const missing = ['题型', '题干', '答案'].filter((column) => !read.headers.includes(column));
    if (missing.length) throw new TableFileError(`文件缺少这些列：${missing.join('、')}。请使用导出的模板填写。`);
    table = read.rows;
  } catch (error) {
    if (error instanceof TableFileError)
      throw new AppError('VALIDATION_FAILED', error.message, { file: error.message });
    throw error;
  }
  if (table.length > 2000) throw new AppError('PAYLOAD_TOO_LARGE', '一次最多导入 2000 道题，请分批导入。');
  const inBank = new Set(
    (
      await findAll((skip) =>
        quizRepository(ctx.store).questions.find(
          { bankUnitId: input.unitId, status: { $ne: 'retired' } },
          { sort: [['_id', 1]], skip, limit: 100 },
        ),
      )
    ).map(questionIdentity),
  );
  const inFile = new Set<string>();
  const checked = table.map((row, index) => {
    const raw = rowToInput(row, input.unitId) as RowInput;
    const parsed = QuestionSaveInput.safeParse(raw);
    const errors = parsed.success ? [] : everyProblem(raw, parsed.error.issues);
    // Only a valid row is a question to compare; a row with errors is reported by its errors.
    const identity = parsed.success ? questionIdentity(parsed.data) : null;
    const duplicate =
      identity === null
        ? null
        : inBank.has(identity)
          ? ('bank' as const)
          : inFile.has(identity)
            ? ('file' as const)
            : null;
    if (identity !== null) inFile.add(identity);
    return {
      row: index + 2,
      stem: (row['题干'] ?? '').slice(0, 40),
      errors,
      duplicate,
      input: parsed.success ? parsed.data : null,
    };
  });
  // Duplicates are reported and skipped, never written twice.
  const writable = checked.filter((row) => row.input && !row.duplicate);
  const invalid = checked.filter((row) => row.errors.length > 0).length;
  const write = input.mode === 'valid_only' || (input.mode === 'all_or_nothing' && invalid === 0 && checked.length > 0);
  let created = 0;
  if (write) {
    for (const row of writable) {
      await quizRepository(ctx.store).questions.insert(newQuestion(ctx, row.input!, bankPath, admin._id));
      created += 1;
    }
    await appendAudit(ctx, {
      action: 'question.import',
      summary: `导入了 ${created} 道题`,
      unitPath: bankPath,
    });
  }
  return {
    total: checked.length,
    importable: writable.length,
    invalid,
    created,
    written: write,
    duplicatesInFile: checked.filter((row) => row.duplicate === 'file').length,
    duplicatesInBank: checked.filter((row) => row.duplicate === 'bank').length,
    rows: checked.map(({ input: _input, ...row }) => row),
  };
}

export async function exportQuestions(ctx: CallContext, unitId: string) {
  const unit = await membersRepository(ctx.store).unitById(unitId);
  const docs = await findAll((skip) =>
    quizRepository(ctx.store).questions.find({ bankUnitId: unitId }, { sort: [['_id', 1]], skip, limit: 100 }),
  );
  const workbook = await newWorkbook();
  const sheet = workbook.addWorksheet('题库');
  sheet.addRow(QUESTION_COLUMNS);
  sheet.getRow(1).font = { bold: true };
  for (const q of docs) {
    const options = OPTION_LETTERS.map((_, i) => q.options[i] ?? '');
    sheet.addRow([
      QUESTION_TYPE_LABELS[q.type],
      q.stem,
      ...options,
      q.type === 'blank' ? q.answer.join('|') : q.answer.join(''),
      q.explanation,
      q.tags.join('，'),
      DIFFICULTY_LABELS[q.difficulty],
      q.source,
    ]);
  }
  sheet.columns.forEach((column) => (column.width = 16));
  return {
    fileName: `${unit?.name ?? '题库'}-题库-${chinaDay(ctx.now).replace(/-/g, '')}.xlsx`,
    file: Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64'),
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  };
}
