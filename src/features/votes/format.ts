import dayjs from 'dayjs';
import { VOTE_STATE_LABELS, type VoteState } from '@contract/labels';

export function voteWindow(opensAt: number, closesAt: number): string {
  return `${dayjs(opensAt).format('M月D日 HH:mm')} 至 ${dayjs(closesAt).format('M月D日 HH:mm')}`;
}

export function stateTag(state: VoteState, voted: boolean): string {
  if (state === 'open') return voted ? '已投票' : '待投票';
  return VOTE_STATE_LABELS[state];
}
