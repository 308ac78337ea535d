import { Cell, CellGroup } from '@nutui/nutui-react-taro';
import type { Dossier } from '@contract/schemas/dossier';
import { EmptyView } from '@/components/state-views';
import { dateText } from '@/lib/format';

export function TrainingList({ trainings }: { trainings: Dossier['trainings'] }) {
  if (trainings.length === 0) return <EmptyView message="暂无培训记录" hint="参加支部组织的培训后会记在这里" />;
  return (
    <CellGroup>
      {trainings.map((training, index) => (
        <Cell
          key={`${training.at}-${index}`}
          title={training.title}
          description={`${dateText(training.at)} · ${training.hours} 学时`}
        />
      ))}
    </CellGroup>
  );
}
