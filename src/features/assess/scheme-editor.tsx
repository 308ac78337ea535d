import { Text, View } from '@tarojs/components';
import { Button, CellGroup } from '@nutui/nutui-react-taro';
import { Del } from '@nutui/icons-react-taro';
import {
  INDICATOR_SOURCE_LABELS,
  INDICATOR_SOURCES,
  PERIOD_KIND_LABELS,
  PERIOD_KINDS,
  type IndicatorSource,
  type PeriodKind,
} from '@contract/assessment-labels';
import type { Scheme } from '@contract/schemas/assessment';
import type { z } from 'zod';
import { ChoiceField, TextField } from '@/components/form';
import { useRouteForm } from '@/lib/use-route-form';

interface Row {
  key: string;
  label: string;
  source: IndicatorSource;
  weight: string;
  cap: string;
  deduction?: boolean;
}

/** The first indicators of a new scheme: what the system counts, plus 志愿服务 and 违纪扣分 entered by hand. */
const STARTER: Row[] = [
  { key: 'study_minutes', label: '学习时长', source: 'study_minutes', weight: '0.05', cap: '20' },
  { key: 'exams_passed', label: '考试通过', source: 'exams_passed', weight: '5', cap: '15' },
  { key: 'meetings_attended', label: '三会一课', source: 'meetings_attended', weight: '2', cap: '25' },
  { key: 'tasks_done', label: '完成任务', source: 'tasks_done', weight: '2', cap: '10' },
  { key: 'volunteer_hours', label: '志愿时长', source: 'volunteer_hours', weight: '1', cap: '10' },
  { key: 'volunteer', label: '志愿服务', source: 'manual', weight: '1', cap: '15' },
  { key: 'discipline', label: '违纪扣分', source: 'manual', weight: '1', cap: '15', deduction: true },
];

const sourceOptions = INDICATOR_SOURCES.map((s) => ({ value: s, label: INDICATOR_SOURCE_LABELS[s] }));

/** A key no other row has, for an indicator added by hand (keys stay as they are when a row's source changes). */
function freshKey(rows: Row[]): string {
  let n = 1;
  while (rows.some((r) => r.key === `manual_${n}`)) n += 1;
  return `manual_${n}`;
}

/** 编辑方案: saving writes a new version; closed periods keep the scores they were closed with. */
export function SchemeEditor({
  unitId,
  current,
  onDone,
}: {
  unitId: string;
  current: z.output<typeof Scheme> | null;
  onDone: () => void;
}) {
  const form = useRouteForm('admin.assessmentSchemeSave', {
    initial: {
      name: current?.name ?? `${new Date().getFullYear()}年度党员积分制考核`,
      periodKind: (current?.periodKind ?? 'year') as PeriodKind,
      rows: current ? current.indicators.map((i) => ({ ...i, weight: String(i.weight), cap: String(i.cap) })) : STARTER,
    },
    toInput: ({ rows, ...v }) => ({
      unitId,
      ...v,
      indicators: rows.map(({ deduction, ...r }) => ({
        ...r,
        weight: Number(r.weight),
        cap: Number(r.cap),
        ...(deduction && r.source === 'manual' ? { deduction: true } : {}),
      })),
    }),
    successToast: '已保存为新版本',
    onDone,
  });
  const { values, set, errors } = form;
  const update = (index: number, patch: Partial<Row>) =>
    set(
      'rows',
      values.rows.map((row, i) => (i === index ? { ...row, ...patch } : row)),
    );
  return (
    <View data-testid="assess-scheme-editor">
      <CellGroup>
        <TextField label="方案名称" {...form.field('name')} />
        <ChoiceField
          label="考核周期"
          value={values.periodKind}
          options={PERIOD_KINDS.map((k) => ({ value: k, label: PERIOD_KIND_LABELS[k] }))}
          onChange={(kind) => set('periodKind', kind)}
        />
      </CellGroup>
      {values.rows.map((row, index) => (
        <View key={row.key} className="card assess-indicator">
          <View className="assess-line">
            <Text className="assess-line__label">指标 {index + 1}</Text>
            <Button
              size="small"
              fill="none"
              icon={<Del size={16} />}
              onClick={() =>
                set(
                  'rows',
                  values.rows.filter((_, i) => i !== index),
                )
              }
            >
              删除
            </Button>
          </View>
          <TextField
            label="指标名称"
            value={row.label}
            onChange={(label) => update(index, { label })}
            error={errors[`indicators.${index}.label`]}
          />
          <ChoiceField
            label="数据来源"
            value={row.source}
            options={sourceOptions}
            onChange={(source) => update(index, { source })}
          />
          {row.source === 'manual' ? (
            <ChoiceField
              label="计分方式"
              value={row.deduction ? 'deduct' : 'add'}
              options={[
                { value: 'add', label: '加分项（计入满分）' },
                { value: 'deduct', label: '扣分项（只扣分，不计入满分）' },
              ]}
              onChange={(mode) => update(index, { deduction: mode === 'deduct' })}
            />
          ) : null}
          <TextField
            label="每单位得分（权重）"
            type="number"
            value={row.weight}
            onChange={(weight) => update(index, { weight })}
            error={errors[`indicators.${index}.weight`]}
          />
          <TextField
            label={row.deduction && row.source === 'manual' ? '最多扣分' : '封顶分'}
            type="number"
            value={row.cap}
            onChange={(cap) => update(index, { cap })}
            error={errors[`indicators.${index}.cap`]}
          />
        </View>
      ))}
      {errors.indicators ? <View className="notice">{errors.indicators}</View> : null}
      <Button
        block
        fill="outline"
        type="primary"
        onClick={() =>
          set('rows', [
            ...values.rows,
            { key: freshKey(values.rows), label: '', source: 'manual', weight: '1', cap: '10' },
          ])
        }
      >
        添加指标
      </Button>
      {form.formError ? <View className="notice">{form.formError.message}</View> : null}
      <Button block type="primary" loading={form.busy} onClick={() => void form.submit()}>
        保存为新版本
      </Button>
    </View>
  );
}
