import { Text, View } from '@tarojs/components';
import type { RouteOutput } from '@contract/contract';
import { ContentCard } from '@/features/study/content-card';

type Suggestion = RouteOutput<'study.path'>['suggestions'][number];

/** The next items with why each is here, and 不感兴趣 to drop one from the path. */
export function PathSuggestions({
  suggestions,
  onDismiss,
}: {
  suggestions: Suggestion[];
  onDismiss: (suggestion: Suggestion) => void;
}) {
  return (
    <View>
      {suggestions.map((suggestion) => (
        <View key={suggestion.contentId} className="path-suggestion" data-testid="path-suggestion">
          <ContentCard content={suggestion} note={suggestion.reason} />
          <View
            role="button"
            aria-label={`不感兴趣：${suggestion.title}`}
            className="path-suggestion__dismiss"
            onClick={() => onDismiss(suggestion)}
          >
            <Text>不感兴趣</Text>
          </View>
        </View>
      ))}
    </View>
  );
}
