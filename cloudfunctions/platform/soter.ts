/**
 * Re-confirmation of an admin's identity with WeChat SOTER (fingerprint / face): the app calls
 * `wx.startSoterAuthentication` with a challenge and sends back `resultJSON` and its signature, which the
 * server checks with the `soter.verifySignature` openapi. Behind a port so tests and the HTTP host use the
 * local adapter.
 */
export interface SoterPort {
  verify(openid: string | null, resultJSON: string, signature: string): Promise<boolean>;
}

/**
 * The challenge SOTER signed: `wx.startSoterAuthentication` echoes it as `raw` in `resultJSON`, so a
 * signature over a challenge the server did not issue, or issued for someone else, proves nothing.
 */
export function soterChallengeOf(resultJSON: string): string | null {
  try {
    const raw: unknown = (JSON.parse(resultJSON) as { raw?: unknown }).raw;
    return typeof raw === 'string' && raw.length > 0 ? raw : null;
  } catch {
    return null;
  }
}

/** Local adapter: accepts only the fixed signature the local app (and tests) send. */
export const LOCAL_SOTER_SIGNATURE = 'local-soter-signature';

export const localSoter: SoterPort = {
  async verify(_openid, resultJSON, signature) {
    return signature === LOCAL_SOTER_SIGNATURE && resultJSON.length > 0;
  },
};

/** The WeChat adapter, given `cloud.openapi` from the function entry. */
export function wxSoter(openapi: {
  soter: {
    verifySignature(args: {
      openid: string;
      jsonString: string;
      jsonSignature: string;
    }): Promise<{ isSuccess?: boolean }>;
  };
}): SoterPort {
  return {
    async verify(openid, resultJSON, signature) {
      if (!openid) return false;
      const result = await openapi.soter.verifySignature({ openid, jsonString: resultJSON, jsonSignature: signature });
      return result.isSuccess === true;
    },
  };
}
