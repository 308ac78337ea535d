/**
 * WeChat services the activities use, each behind a port with a WeChat adapter and a local one:
 * subscribe messages (one message per accepted subscription), updatable share messages (the live sign-up
 * count on a card in a group chat), and group identity (which group chat a card was opened from).
 */
export interface SubscribeMessagePort {
  /** Sends one subscribe message; false when WeChat refuses (no subscription left, user blocked it). */
  send(
    openid: string,
    template: 'activity_reminder' | 'meeting_missing' | 'study_plan' | 'notice_reminder',
    data: Record<string, string>,
  ): Promise<boolean>;
}

export interface UpdatableMessagePort {
  createActivityId(openid: string | null): Promise<{ activityId: string; expiresAt: number }>;
  setUpdatableMsg(
    activityId: string,
    targetState: 0 | 1,
    parameters: Array<{ name: string; value: string }>,
  ): Promise<void>;
}

export interface GroupPort {
  /** The openGId behind a `cloudID` from `wx.getGroupEnterInfo`; null when it cannot be read. */
  openGIdOf(cloudID: string): Promise<string | null>;
}

/** Local adapters: record what would be sent, so tests and the H5 build can see it. */
export interface LocalMessaging {
  subscribe: SubscribeMessagePort & { sent: Array<{ openid: string; template: string; data: Record<string, string> }> };
  updatable: UpdatableMessagePort & { calls: Array<{ call: string; args: unknown[] }> };
  groups: GroupPort;
}

export function createLocalMessaging(clock: () => number): LocalMessaging {
  const sent: LocalMessaging['subscribe']['sent'] = [];
  const calls: LocalMessaging['updatable']['calls'] = [];
  let next = 1;
  return {
    subscribe: {
      sent,
      async send(openid, template, data) {
        sent.push({ openid, template, data });
        return true;
      },
    },
    updatable: {
      calls,
      async createActivityId(openid) {
        calls.push({ call: 'createActivityId', args: [openid] });
        return { activityId: `local-share-${next++}`, expiresAt: clock() + 24 * 3600_000 };
      },
      async setUpdatableMsg(activityId, targetState, parameters) {
        calls.push({ call: 'setUpdatableMsg', args: [activityId, targetState, parameters] });
      },
    },
    groups: {
      // Locally a "cloudID" is `local-group:<id>`, as the H5 build and the tests produce it.
      async openGIdOf(cloudID) {
        return cloudID.startsWith('local-group:') ? cloudID.slice('local-group:'.length) : null;
      },
    },
  };
}

/** The WeChat adapters, given `cloud.openapi` and `cloud.getOpenData` from the function entry. */
interface WxOpenapi {
  subscribeMessage: {
    send(args: {
      touser: string;
      templateId: string;
      page: string;
      data: Record<string, { value: string }>;
    }): Promise<{ errCode?: number }>;
  };
  updatableMessage: {
    createActivityId(args: { openid?: string }): Promise<{ activityId: string; expirationTime: number }>;
    setUpdatableMsg(args: {
      activityId: string;
      targetState: number;
      templateInfo: { parameterList: Array<{ name: string; value: string }> };
    }): Promise<unknown>;
  };
}

export function createWxMessaging(
  openapi: WxOpenapi,
  getOpenData: (args: { list: string[] }) => Promise<{ list: Array<{ data?: { openGId?: string } }> }>,
  templateIds: Record<'activity_reminder' | 'meeting_missing' | 'study_plan' | 'notice_reminder', string | undefined>,
): { subscribe: SubscribeMessagePort; updatable: UpdatableMessagePort; groups: GroupPort } {
  return {
    subscribe: {
      async send(openid, template, data) {
        const templateId = templateIds[template];
        if (!templateId) return false;
        const fields = Object.fromEntries(Object.entries(data).map(([key, value]) => [key, { value }]));
        try {
          const result = await openapi.subscribeMessage.send({
            touser: openid,
            templateId,
            page: 'pages/home/index',
            data: fields,
          });
          return !result.errCode;
        } catch {
          return false;
        }
      },
    },
    updatable: {
      async createActivityId(openid) {
        const result = await openapi.updatableMessage.createActivityId(openid ? { openid } : {});
        return { activityId: result.activityId, expiresAt: result.expirationTime * 1000 };
      },
      async setUpdatableMsg(activityId, targetState, parameterList) {
        await openapi.updatableMessage.setUpdatableMsg({ activityId, targetState, templateInfo: { parameterList } });
      },
    },
    groups: {
      async openGIdOf(cloudID) {
        const result = await getOpenData({ list: [cloudID] });
        return result.list[0]?.data?.openGId ?? null;
      },
    },
  };
}
