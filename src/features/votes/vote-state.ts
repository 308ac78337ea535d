import type { VoteState } from '@contract/labels';
import { VOTE_STATE_LABELS } from '@contract/labels';
import { colors } from '@/theme/tokens';

/**
 * A vote's state: for a voter 待投票 / 已投票 while open; for an admin's list (`voted` unknown) 进行中; else
 * 未开始 / 已结束.
 */
export function voteStateTag(
  state: VoteState,
  voted: boolean | undefined,
): { text: string; background: string; color: string } {
  if (state === 'open') {
    if (voted === undefined) return { text: VOTE_STATE_LABELS.open, background: colors.primary, color: '#FFFFFF' };
    return voted
      ? { text: '已投票', background: colors.successTint, color: colors.success }
      : { text: '待投票', background: colors.primary, color: '#FFFFFF' };
  }
  if (state === 'upcoming')
    return { text: VOTE_STATE_LABELS.upcoming, background: colors.goldTint, color: colors.goldText };
  return { text: VOTE_STATE_LABELS.closed, background: colors.track, color: colors.text2 };
}
