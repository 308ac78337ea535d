import type { Filter, SortSpec } from '../../store/types';
import type { SignupDoc } from './activities.types';

/**
 * The waitlist's order. A sign-up's `arrival` is server time in microsecond-sized slots; two hosts can stamp
 * the same value, so the sign-up id breaks ties and the queue is a total order on every store.
 */
export const QUEUE_ORDER: SortSpec = [
  ['arrival', 1],
  ['_id', 1],
];

/** The sign-ups of the same activity that stand ahead of `signup` in the queue, by QUEUE_ORDER. */
export function aheadOf(signup: Pick<SignupDoc, '_id' | 'arrival'>): Filter {
  return { $or: [{ arrival: { $lt: signup.arrival } }, { arrival: signup.arrival, _id: { $lt: signup._id } }] };
}

const SLOTS_PER_MS = 1000;

/**
 * Arrival stamps for one process: never smaller than the last one handed out, so sign-ups keep their
 * arrival order within a millisecond, across a burst of more than a thousand in one millisecond, and when
 * the wall clock steps back. (A counter that wraps would stamp the next arrival ahead of the whole queue.)
 */
export function arrivalStamps(): (now: number) => number {
  let last = -Infinity;
  return (now) => {
    last = Math.max(last + 1, now * SLOTS_PER_MS);
    return last;
  };
}
