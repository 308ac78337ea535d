import type { ContentKind } from '@contract/labels';
import { colors } from '@/theme/tokens';

/** The colours of a kind's tag: red for video, gold for 微党课, neutral for reading. */
export const KIND_TAG: Record<ContentKind, { background: string; color: string }> = {
  article: { background: '#F3F1EE', color: colors.text2 },
  video: { background: colors.primaryTint, color: colors.primary },
  audio: { background: colors.primaryTint, color: colors.primary },
  micro_lesson: { background: colors.goldTint, color: colors.goldText },
  topic: { background: colors.goldTint, color: colors.goldText },
};
