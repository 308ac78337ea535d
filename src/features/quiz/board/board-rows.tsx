import { Text, View } from '@tarojs/components';
import { Cell } from '@nutui/nutui-react-taro';
import { rankText } from '@/features/quiz/format';

export interface BoardRowData {
  /** Shared by equal results; null (unranked) for a score of 0. */
  rank: number | null;
  name: string;
  detail: string;
  value: string;
}

/** A place as the board shows it: the top three in red, 未上榜 greyed. */
export function RankLabel({ rank }: { rank: number | null }) {
  const tone = rank === null ? 'board-row__rank--none' : rank <= 3 ? 'board-row__rank--top' : '';
  return <Text className={`board-row__rank ${tone}`}>{rankText(rank)}</Text>;
}

/** One line of a board: place, who, what. Ties come from the server with the same rank and read the same. */
export function BoardRow({ row }: { row: BoardRowData }) {
  return (
    <Cell
      data-testid="board-row"
      align="center"
      title={
        <View className="quiz-card__head">
          <RankLabel rank={row.rank} />
          <Text className="quiz-card__title">{row.name}</Text>
        </View>
      }
      description={row.detail}
      extra={row.value}
    />
  );
}
