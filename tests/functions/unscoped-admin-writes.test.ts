import { contract, type RouteName } from '../../types/contract';

/**
 * An admin route that writes without a scope reaches past the caller's subtree unless what it writes is the
 * caller's own. Every such route below super admin must be listed here with why; anything else that
 * changes shared state without a scope (as the points rules once did) must be for super admins.
 */
const OWN_THINGS_ONLY: Partial<Record<RouteName, string>> = {
  'admin.identityChallenge': 'a challenge for the caller’s own identity check',
  'admin.studyUpload': 'an upload the caller attaches to content later, in scope',
  'admin.studyUploadChunk': 'a chunk of the caller’s own upload',
};

test('every unscoped admin write below super admin touches only the caller’s own things', () => {
  const unscoped = Object.entries(contract)
    .filter(([, def]) => {
      const access = def.access as { role: string; scope?: string };
      return (
        def.writes &&
        ['branch_admin', 'org_admin'].includes(access.role) &&
        (access.scope === undefined || access.scope === 'none')
      );
    })
    .map(([name]) => name);
  expect(unscoped.filter((name) => !(name in OWN_THINGS_ONLY))).toEqual([]);
});
