import { ok } from './dispatcher';

/** Development materials (发展党员) uploaded as the branch would, for suites that record steps. */
export const TINY_PNG =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==';

type Call = (route: string, input?: unknown) => Promise<any>;

/** Uploads a material for the person through admin.developmentUpload and answers its file id. */
export async function uploadMaterialFor(call: Call, memberId: string, name = '材料.png'): Promise<string> {
  const uploaded = await ok(call('admin.developmentUpload', { memberId, name, content: TINY_PNG }));
  return uploaded.fileId;
}
