import type { ActivityDoc } from './activities.types';

/**
 * An activity as read from the store, with the defaults of the fields later versions added: a document
 * written before them (or by hand, as test data) still lists and opens instead of failing the contract.
 */
export function storedActivity(doc: ActivityDoc): ActivityDoc {
  return {
    ...doc,
    description: doc.description ?? '',
    place: doc.place ?? { text: '' },
    openToAll: doc.openToAll ?? false,
    capacity: doc.capacity ?? null,
    approvalRequired: doc.approvalRequired ?? false,
    showRoster: doc.showRoster ?? false,
    extraFields: doc.extraFields ?? [],
    expectedMemberIds: doc.expectedMemberIds ?? [],
    confirmedCount: doc.confirmedCount ?? 0,
    waitlistCount: doc.waitlistCount ?? 0,
  };
}
