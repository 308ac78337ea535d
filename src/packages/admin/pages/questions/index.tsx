import { useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { Button, Text, Textarea, View } from '@tarojs/components';
import {
  DIFFICULTIES,
  DIFFICULTY_LABELS,
  QUESTION_STATUS_LABELS,
  QUESTION_TYPE_LABELS,
  QUESTION_TYPES,
  type Difficulty,
  type QuestionType,
} from '@contract/labels';
import type { RouteOutput } from '@contract/contract';
import { ChoiceField, Field, TextField } from '@/components/form';
import { PageShell } from '@/components/page-shell';
import { PagedList } from '@/components/paged-list';
import { EmptyView, ErrorView, LoadingView } from '@/components/state-views';
import { questionImportSummary } from '@/features/quiz/import-summary';
import { TemplateDownload } from '@/features/admin/template-download';
import { call } from '@/lib/api-client';
import { pickFile, saveFile } from '@/lib/platform/files';
import { usePagedCall } from '@/lib/use-paged-call';
import '@/features/study/study.scss';

type Question = RouteOutput<'admin.questionList'>['items'][number];
type ImportReport = RouteOutput<'admin.questionImport'>;

/** A unit's question bank: list, write and correct, import (dry run first), export, and members' reports. */
export default function QuestionBankPage() {
  const unitId = useRouter().params.unitId ?? '';
  const [view, setView] = useState<'bank' | 'import' | 'reports'>('bank');
  const [editing, setEditing] = useState<Question | 'new' | null>(null);
  const [type, setType] = useState<QuestionType | undefined>(undefined);
  const paged = usePagedCall(
    (skip) => call('admin.questionList', { unitId, ...(type ? { type } : {}), skip, limit: 20 }),
    `${unitId}:${type ?? ''}`,
  );
  const { total, reload } = paged;
  const exportBank = async () => {
    const result = await call('admin.questionExport', { unitId });
    if (result.ok) await saveFile(result.data.fileName, result.data.file, result.data.mimeType);
  };
  return (
    <PageShell>
      <View className="tabs">
        {(
          [
            ['bank', '题目'],
            ['import', '批量导入'],
            ['reports', '题目纠错'],
          ] as const
        ).map(([key, label]) => (
          <Text
            key={key}
            className={view === key ? 'tabs__item tabs__item--on' : 'tabs__item'}
            onClick={() => setView(key)}
          >
            {label}
          </Text>
        ))}
      </View>
      {view === 'import' ? <ImportWizard unitId={unitId} onDone={reload} /> : null}
      {view === 'reports' ? (
        <Reports
          unitId={unitId}
          onEdit={(q) => {
            setEditing(q);
            setView('bank');
          }}
        />
      ) : null}
      {view === 'bank' ? (
        <View>
          {editing ? (
            <QuestionForm
              unitId={unitId}
              question={editing === 'new' ? null : editing}
              onDone={() => {
                setEditing(null);
                reload();
              }}
            />
          ) : (
            <View className="row">
              <Button className="button questions__new" onClick={() => setEditing('new')}>
                新增题目
              </Button>
              <Button className="button button--plain" onClick={() => void exportBank()}>
                导出题库
              </Button>
            </View>
          )}
          <View className="chips">
            <Text className={type ? 'chips__item' : 'chips__item chips__item--on'} onClick={() => setType(undefined)}>
              全部（{total}）
            </Text>
            {QUESTION_TYPES.map((t) => (
              <Text
                key={t}
                className={type === t ? 'chips__item chips__item--on' : 'chips__item'}
                onClick={() => setType(t)}
              >
                {QUESTION_TYPE_LABELS[t]}
              </Text>
            ))}
          </View>
          <PagedList paged={paged} empty="题库里还没有题目，可以新增或批量导入。">
            {(q) => (
              <View key={q.questionId} className="card" onClick={() => setEditing(q)}>
                <View className="row">
                  <Text className="tag">{QUESTION_TYPE_LABELS[q.type]}</Text>
                  <Text className="muted">
                    {DIFFICULTY_LABELS[q.difficulty]} · {QUESTION_STATUS_LABELS[q.status]} · 第 {q.version} 版
                  </Text>
                </View>
                <View>{q.stem}</View>
                <View className="muted">
                  答案：{q.answer.join(q.type === 'blank' ? ' / ' : '')}
                  {q.tags.length ? ` · ${q.tags.join('、')}` : ''}
                </View>
                {q.duplicateOf ? (
                  <View className="field__error">题库里有一道完全相同的题（题干、选项和答案都相同）</View>
                ) : null}
                {q.openReports ? <View className="field__error">{q.openReports} 条纠错待处理</View> : null}
              </View>
            )}
          </PagedList>
        </View>
      ) : null}
    </PageShell>
  );
}

function QuestionForm({ unitId, question, onDone }: { unitId: string; question: Question | null; onDone: () => void }) {
  const [type, setType] = useState<QuestionType>(question?.type ?? 'single');
  const [stem, setStem] = useState(question?.stem ?? '');
  const [options, setOptions] = useState((question?.options ?? []).join('\n'));
  const [answer, setAnswer] = useState(question ? question.answer.join(question.type === 'blank' ? '|' : '') : '');
  const [explanation, setExplanation] = useState(question?.explanation ?? '');
  const [tags, setTags] = useState((question?.tags ?? []).join('，'));
  const [difficulty, setDifficulty] = useState<Difficulty>(question?.difficulty ?? 'medium');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const choice = type === 'single' || type === 'multiple';
  const save = async () => {
    const result = await call('admin.questionSave', {
      ...(question ? { questionId: question.questionId } : {}),
      unitId,
      type,
      stem,
      options: choice
        ? options
            .split('\n')
            .map((o) => o.trim())
            .filter(Boolean)
        : [],
      answer: choice
        ? [...answer.toUpperCase().replace(/[^A-F]/g, '')]
        : type === 'judge'
          ? [answer.trim()]
          : answer
              .split(/[|｜]/)
              .map((a) => a.trim())
              .filter(Boolean),
      explanation,
      tags: tags.split(/[,，、\s]+/).filter(Boolean),
      difficulty,
      status: question?.status ?? 'active',
    });
    if (!result.ok) return setErrors(result.error.fields ?? { _: result.error.message });
    onDone();
  };
  return (
    <View className="card">
      {question ? null : (
        <ChoiceField
          label="题型"
          value={type}
          options={QUESTION_TYPES.map((t) => ({ value: t, label: QUESTION_TYPE_LABELS[t] }))}
          onChange={setType}
        />
      )}
      <Field label="题干" error={errors.stem}>
        <Textarea className="textarea" value={stem} onInput={(e) => setStem(e.detail.value)} />
      </Field>
      {choice ? (
        <Field label="选项（每行一个，依次为 A、B、C…）" error={errors.options}>
          <Textarea className="textarea" value={options} onInput={(e) => setOptions(e.detail.value)} />
        </Field>
      ) : null}
      <TextField
        label={
          choice
            ? '答案（选项字母，如 A 或 ABD）'
            : type === 'judge'
              ? '答案（对 或 错）'
              : '答案（多个可接受答案用 | 分隔）'
        }
        value={answer}
        onChange={setAnswer}
        error={errors.answer}
        name="question-answer"
      />
      <TextField label="解析（可选）" value={explanation} onChange={setExplanation} name="question-explanation" />
      <TextField
        label="知识点（用逗号分隔）"
        value={tags}
        onChange={setTags}
        error={errors.tags}
        name="question-tags"
      />
      <ChoiceField
        label="难度"
        value={difficulty}
        options={DIFFICULTIES.map((d) => ({ value: d, label: DIFFICULTY_LABELS[d] }))}
        onChange={setDifficulty}
      />
      {question ? <View className="muted">修改后保存为第 {question.version + 1} 版，原来的版本会保留。</View> : null}
      {errors._ ? <View className="field__error">{errors._}</View> : null}
      <View className="row">
        <Button className="button question__save" onClick={() => void save()}>
          保存
        </Button>
        <Button className="button button--plain" onClick={onDone}>
          取消
        </Button>
      </View>
    </View>
  );
}

const DUPLICATE_LABELS = { bank: '题库里已有这道题', file: '与文件中前面的一行是同一道题' } as const;

function ImportWizard({ unitId, onDone }: { unitId: string; onDone: () => void }) {
  const [file, setFile] = useState<{ name: string; base64: string } | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const run = async (mode: 'dry_run' | 'all_or_nothing' | 'valid_only', picked = file) => {
    if (!picked) return;
    const format = picked.name.toLowerCase().endsWith('.csv') ? 'csv' : 'xlsx';
    const result = await call('admin.questionImport', { unitId, format, file: picked.base64, mode });
    if (!result.ok) return setError(result.error.message);
    setError(null);
    setReport(result.data);
    if (result.data.written) onDone();
  };
  const choose = async () => {
    const picked = await pickFile(['csv', 'xlsx']);
    if (!picked) return;
    setFile(picked);
    setReport(null);
    await run('dry_run', picked);
  };
  return (
    <View className="card">
      <View className="muted">
        列：题型（单选题/多选题/判断题/填空题）、题干、选项A…选项F、答案（如
        A、ABD、对、答案一|答案二）、解析、知识点、难度（易/中/难）、来源。可下载模板填写，模板第 2
        行是示例，导入前请删除。
      </View>
      <TemplateDownload route="admin.questionTemplate" unitId={unitId} />
      <Button className="button import__pick" onClick={() => void choose()}>
        {file ? `重新选择（当前：${file.name}）` : '选择 CSV 或 Excel 文件'}
      </Button>
      {error ? <View className="field__error">{error}</View> : null}
      {report ? (
        <View>
          <View className="import__summary">{questionImportSummary(report)}</View>
          {report.rows
            .filter((r) => r.errors.length || r.duplicate)
            .map((r) => (
              <View key={r.row} className="field__error">
                第 {r.row} 行「{r.stem}」：
                {[...r.errors, ...(r.duplicate ? [DUPLICATE_LABELS[r.duplicate]] : [])].join('；')}
              </View>
            ))}
          {report.written ? null : (
            <View className="row">
              <Button
                className="button import__valid"
                disabled={report.importable === 0}
                onClick={() => void run('valid_only')}
              >
                只导入无误的行
              </Button>
              <Button
                className="button button--plain"
                disabled={report.invalid > 0 || report.importable === 0}
                onClick={() => void run('all_or_nothing')}
              >
                全部导入
              </Button>
            </View>
          )}
        </View>
      ) : null}
    </View>
  );
}

function Reports({ unitId, onEdit }: { unitId: string; onEdit: (question: Question) => void }) {
  const { items, loading, error, reload } = usePagedCall(
    (skip) => call('admin.questionReports', { unitId, status: 'open', skip, limit: 20 }),
    unitId,
  );
  const [message, setMessage] = useState<string | null>(null);
  const resolve = async (reportId: string, action: 'fixed' | 'dismiss') => {
    const result = await call('admin.questionReportResolve', { reportId, action, regrade: action === 'fixed' });
    setMessage(
      result.ok
        ? action === 'fixed'
          ? `已处理，重新评分 ${result.data.regraded} 份答卷。`
          : '已驳回。'
        : result.error.message,
    );
    reload();
  };
  const edit = async (questionId: string) => {
    const result = await call('admin.questionGet', { questionId });
    if (result.ok) onEdit(result.data);
  };
  return (
    <View>
      {message ? <View className="notice">{message}</View> : null}
      {error ? <ErrorView message={error.message} onRetry={reload} /> : null}
      {!error && !loading && items.length === 0 ? <EmptyView message="没有待处理的纠错。" /> : null}
      {items.map((r) => (
        <View key={r.reportId} className="card">
          <View>{r.stem}</View>
          <View className="muted">
            {r.reporterName}：{r.reason}
          </View>
          <View className="row">
            <Text className="tag" onClick={() => void edit(r.questionId)}>
              修改题目
            </Text>
            <Text className="tag" onClick={() => void resolve(r.reportId, 'fixed')}>
              已更正并重新评分
            </Text>
            <Text className="tag" onClick={() => void resolve(r.reportId, 'dismiss')}>
              驳回
            </Text>
          </View>
        </View>
      ))}
      {loading ? <LoadingView /> : null}
    </View>
  );
}
