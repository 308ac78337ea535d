/**
 * A stand-in for `wx-server-sdk` for tests that load the built cloud functions: the OPENID WeChat would
 * vouch for comes from `wxContext`, and the openapi calls the messaging adapters make answer as WeChat does.
 * Use it with `jest.mock('wx-server-sdk', () => jest.requireActual('../support/fake-wx-server-sdk'))`.
 */
export const wxContext: { OPENID?: string } = {};

const fakeSdk = {
  DYNAMIC_CURRENT_ENV: Symbol('current env'),
  init: () => {},
  getWXContext: () => ({ ...wxContext }),
  openapi: {
    updatableMessage: {
      createActivityId: async () => ({
        activityId: 'wx-share-1',
        expirationTime: Math.floor(Date.now() / 1000) + 86_400,
      }),
      setUpdatableMsg: async () => ({ errCode: 0 }),
    },
    subscribeMessage: { send: async () => ({ errCode: 0 }) },
  },
  getOpenData: async () => ({ list: [] }),
  database: () => {
    throw new Error('the WeChat database is not reachable in tests');
  },
};

export default fakeSdk;
