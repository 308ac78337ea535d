import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button, Cell, CellGroup, Progress } from '@nutui/nutui-react-taro';
import { GRADE_LABELS } from '@contract/assessment-labels';
import type { ScoresOutput } from '@contract/schemas/assessment';
import type { z } from 'zod';
import { SectionHeader } from '@/components/section-header';
import { EmptyView } from '@/components/state-views';
import { call } from '@/lib/api-client';
import { openPage } from '@/lib/pages';
import { saveFile } from '@/lib/platform/files';
import { colors } from '@/theme/tokens';
import { GradeTag } from './grade-tag';

type Scores = z.output<typeof ScoresOutput>;

/** The ranking shows this many first; the rest on request, so the page stays short for a large committee. */
const FIRST_ROWS = 20;

const toast = (title: string, ok = true) => void Taro.showToast({ title, icon: ok ? 'success' : 'none' });

/** A labelled bar: a share of the largest value, with the figure on the right. */
function Bar({ label, value, max, text }: { label: string; value: number; max: number; text: string }) {
  return (
    <View className="assess-bar">
      <View className="assess-line">
        <Text className="assess-line__label">{label}</Text>
        <Text className="assess-line__value">{text}</Text>
      </View>
      <Progress
        percent={max > 0 ? Math.round((Math.max(0, value) / max) * 100) : 0}
        color={colors.primary}
        strokeWidth="8"
      />
    </View>
  );
}

/** 成绩: grade distribution, unit averages and everyone by score; export, and 归档 once the period has ended. */
export function ScoresView({
  unitId,
  scores,
  mayClose,
  onClosed,
}: {
  unitId: string;
  scores: Scores;
  mayClose: boolean;
  onClosed: () => void;
}) {
  const people = scores.ranking.length;
  const [showAll, setShowAll] = useState(false);
  const shown = showAll ? scores.ranking : scores.ranking.slice(0, FIRST_ROWS);
  const exportScores = async () => {
    const result = await call('admin.assessmentExport', { unitId, periodId: scores.periodId });
    if (!result.ok) return toast(result.error.message, false);
    await saveFile(result.data.fileName, result.data.file, result.data.mimeType);
  };
  const close = async () => {
    const { confirm } = await Taro.showModal({
      title: `归档${scores.periodLabel}的成绩？`,
      content: '归档后成绩按当前方案固定下来，之后修改方案也不会改变。',
      confirmText: '归档',
      confirmColor: colors.primary,
      cancelText: '取消',
    });
    if (!confirm) return;
    const result = await call('admin.assessmentClose', { unitId, periodId: scores.periodId });
    if (!result.ok) return toast(result.error.message, false);
    toast(`已归档 ${result.data.scored} 人`);
    onClosed();
  };
  if (people === 0) return <EmptyView message="这个单位还没有党员的成绩。" />;
  return (
    <View>
      <View className="card">
        <Text className="assess-meta">
          {scores.schemeName} 第 {scores.schemeVersion} 版 · 满分 {scores.maxTotal} 分 ·{' '}
          {scores.closed ? '已归档' : '实时计算'}
        </Text>
        <View className="assess-line">
          <Text>平均分</Text>
          <Text className="assess-summary__total" data-testid="assess-average">
            {scores.average}
          </Text>
        </View>
        {scores.distribution.map((g) => (
          <Bar key={g.grade} label={GRADE_LABELS[g.grade]} value={g.count} max={people} text={`${g.count} 人`} />
        ))}
      </View>
      <View className="assess-toolbar">
        <Button type="primary" fill="outline" onClick={() => void exportScores()}>
          导出 Excel
        </Button>
        {mayClose && !scores.closed ? (
          <Button type="primary" fill="outline" onClick={() => void close()}>
            归档本期成绩
          </Button>
        ) : null}
      </View>
      <SectionHeader title="各单位平均分" />
      <View className="card">
        {scores.units.map((unit) => (
          <Bar
            key={unit.unitId}
            label={unit.unitName}
            value={unit.average}
            max={scores.maxTotal}
            text={`${unit.average} 分 · ${unit.members} 人`}
          />
        ))}
      </View>
      <SectionHeader title="党员排名" extra={`${people} 人`} />
      <CellGroup>
        {shown.map((row, index) => (
          <Cell
            className="assess-row"
            key={row.memberId}
            clickable
            onClick={() => openPage('assessMember', { memberId: row.memberId, periodId: scores.periodId })}
            title={
              <View className="assess-line">
                <Text className="assess-line__label">
                  {index + 1}. {row.name}
                </Text>
                <Text className="assess-line__value">{row.total} 分</Text>
                <GradeTag grade={row.grade} />
              </View>
            }
            description={`${row.unitName} · 本单位第 ${row.rankInUnit} 名`}
          />
        ))}
      </CellGroup>
      {shown.length < people ? (
        <Button block fill="outline" type="primary" onClick={() => setShowAll(true)}>
          显示全部 {people} 人
        </Button>
      ) : null}
    </View>
  );
}
