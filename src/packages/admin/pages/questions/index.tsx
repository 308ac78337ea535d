import { useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { Button, CellGroup, SearchBar, Tabs } from '@nutui/nutui-react-taro';
import { QUESTION_TYPE_LABELS, QUESTION_TYPES, type QuestionType } from '@contract/labels';
import { PageShell } from '@/components/page-shell';
import { PagedList } from '@/components/paged-list';
import { matchesSearch } from '@/features/admin-study/content-status';
import { QuestionForm } from '@/features/admin-quiz/question-form';
import { QuestionImport } from '@/features/admin-quiz/question-import';
import { QuestionReports } from '@/features/admin-quiz/question-reports';
import { QuestionRow } from '@/features/admin-quiz/question-row';
import type { Question } from '@/features/admin-quiz/question-values';
import { call } from '@/lib/api-client';
import { openPage } from '@/lib/pages';
import { saveFile } from '@/lib/platform/files';
import { usePagedCall } from '@/lib/use-paged-call';
import '@/features/admin-study/admin-console.scss';
import '@/features/admin-quiz/admin-quiz.scss';

type BankView = 'bank' | 'import' | 'reports';

/** A unit's question bank: list, write and correct, import (checked first), export, and members' reports. */
export default function QuestionBankPage() {
  const unitId = useRouter().params.unitId ?? '';
  const [view, setView] = useState<BankView>('bank');
  const [editing, setEditing] = useState<Question | 'new' | null>(null);
  const [type, setType] = useState<QuestionType | 'all'>('all');
  const [search, setSearch] = useState('');
  const paged = usePagedCall(
    (skip) => call('admin.questionList', { unitId, ...(type === 'all' ? {} : { type }), skip, limit: 20 }),
    `${unitId}:${type}`,
  );
  const { reload } = paged;
  const shown = { ...paged, items: paged.items.filter((q) => matchesSearch(q.stem, search)) };
  const exportBank = async () => {
    const result = await call('admin.questionExport', { unitId });
    if (result.ok) await saveFile(result.data.fileName, result.data.file, result.data.mimeType);
  };
  const edit = (question: Question | 'new') => {
    setEditing(question);
    setView('bank');
  };
  return (
    <PageShell>
      <Tabs value={view} onChange={(value) => setView(value as BankView)} activeType="line">
        <Tabs.TabPane value="bank" title="题目" />
        <Tabs.TabPane value="import" title="批量导入" />
        <Tabs.TabPane value="reports" title="题目纠错" />
      </Tabs>
      {view === 'import' ? <QuestionImport unitId={unitId} onDone={reload} /> : null}
      {view === 'reports' ? <QuestionReports unitId={unitId} onEdit={edit} /> : null}
      {view === 'bank' && editing ? (
        <QuestionForm
          key={editing === 'new' ? 'new' : editing.questionId}
          unitId={unitId}
          question={editing === 'new' ? null : editing}
          onDone={() => {
            setEditing(null);
            reload();
          }}
        />
      ) : null}
      {view === 'bank' && !editing ? (
        <View>
          <View className="console-toolbar">
            <Button type="primary" onClick={() => edit('new')}>
              新增题目
            </Button>
            <Button fill="outline" type="primary" onClick={() => void exportBank()}>
              导出题库
            </Button>
            <Button fill="outline" type="primary" onClick={() => openPage('assistantDrafts', { unitId })}>
              AI 出题
            </Button>
          </View>
          <SearchBar placeholder="按题干搜索" value={search} onChange={setSearch} onClear={() => setSearch('')} />
          <Tabs value={type} onChange={(value) => setType(value as typeof type)} activeType="simple">
            <Tabs.TabPane value="all" title="全部" />
            {QUESTION_TYPES.map((t) => (
              <Tabs.TabPane key={t} value={t} title={QUESTION_TYPE_LABELS[t]} />
            ))}
          </Tabs>
          <CellGroup>
            <PagedList
              paged={shown}
              empty={search ? '没有题干含这些字的题目。' : '题库里还没有题目，可以新增或批量导入。'}
            >
              {(q) => <QuestionRow key={q.questionId} question={q} onClick={() => edit(q)} />}
            </PagedList>
          </CellGroup>
        </View>
      ) : null}
    </PageShell>
  );
}
