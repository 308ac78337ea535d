import { Text, View } from '@tarojs/components';
import { Button, Tag } from '@nutui/nutui-react-taro';
import { QUESTION_TYPE_LABELS } from '@contract/labels';
import type { RouteOutput } from '@contract/contract';
import { EmptyView } from '@/components/state-views';
import { openPage } from '@/lib/pages';

type Review = RouteOutput<'study.path'>['review'];
type WeakTag = RouteOutput<'study.path'>['weakTags'][number];

/** The tags I miss most, as chips with how often. */
export function WeakTags({ tags }: { tags: WeakTag[] }) {
  if (tags.length === 0) return null;
  return (
    <View className="card path-weak" data-testid="weak-tags">
      <Text className="path-weak__title">薄弱知识点</Text>
      <View className="path-weak__chips">
        {tags.map((tag) => (
          <Tag key={tag.tag} type="primary" plain className="path-weak__chip">
            {tag.tag} · 错 {tag.misses} 次
          </Tag>
        ))}
      </View>
    </View>
  );
}

/** 今日复习: the wrong answers due today by what they ask — answered in the quiz, answers shown after. */
export function ReviewSet({ review }: { review: Review }) {
  if (review.dueCount === 0)
    return (
      <EmptyView
        message="今天没有需要复习的错题。"
        hint="答错的题会按记忆规律安排复习。"
        action={{ label: '去答题', onClick: () => openPage('quiz') }}
      />
    );
  return (
    <View className="card" data-testid="review-set">
      {review.items.map((item) => (
        <View key={item.questionId} className="path-review__item">
          <Tag type="primary" plain>
            {QUESTION_TYPE_LABELS[item.type]}
          </Tag>
          <Text className="path-review__stem">{item.stem}</Text>
        </View>
      ))}
      {review.dueCount > review.items.length ? (
        <Text className="path-review__more">还有 {review.dueCount - review.items.length} 道，开始后一并复习。</Text>
      ) : null}
      <Button
        block
        type="primary"
        className="path-review__start"
        onClick={() => openPage('quizTake', { start: 'review' })}
      >
        开始复习（{review.dueCount} 题）
      </Button>
    </View>
  );
}
