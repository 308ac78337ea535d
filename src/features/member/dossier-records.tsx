import { Cell, CellGroup } from '@nutui/nutui-react-taro';
import { ArrowRight } from '@nutui/icons-react-taro';
import { CallView } from '@/components/call-view';
import { SectionHeader } from '@/components/section-header';
import { HonourList } from '@/features/assess/honour-list';
import { openPage } from '@/lib/pages';
import { useCall } from '@/lib/use-call';
import { colors } from '@/theme/tokens';

/** My 表彰 in the dossier: title, level, date and document number. 处分 records never come to the member. */
export function DossierHonours() {
  const { state, reload } = useCall('me.honours', {});
  return (
    <>
      <SectionHeader title="表彰记录" />
      <CallView state={state} onRetry={reload} loadingLabel="正在读取表彰记录…">
        {(data) => <HonourList items={data.items} empty="还没有表彰记录。" />}
      </CallView>
    </>
  );
}

/** The rows from the dossier to the records kept elsewhere: my development steps and my transfers. */
export function DossierLinks() {
  const arrow = <ArrowRight size={14} color={colors.text3} />;
  return (
    <>
      <SectionHeader title="相关记录" />
      <CellGroup data-testid="dossier-links">
        <Cell
          title="发展进程"
          description="入党各步骤及日期"
          extra={arrow}
          clickable
          onClick={() => openPage('developMine')}
        />
        <Cell
          title="组织关系转接"
          description="转接进度与流动党员登记"
          extra={arrow}
          clickable
          onClick={() => openPage('transferMine')}
        />
      </CellGroup>
    </>
  );
}
