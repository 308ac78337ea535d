import type { DocStore } from '../../store/types';
import type { CareRecordDoc, FlowRegistrationDoc, TransferDoc, VolunteerRecordDoc } from './transfers.types';

export function transfersRepository(store: DocStore) {
  return {
    transfers: store.collection<TransferDoc>('transfers'),
    flows: store.collection<FlowRegistrationDoc>('flow_registrations'),
    volunteer: store.collection<VolunteerRecordDoc>('volunteer_records'),
    care: store.collection<CareRecordDoc>('care_records'),
  };
}

export const volunteerRecordId = (activityId: string, memberId: string) => `${activityId}_${memberId}`;
