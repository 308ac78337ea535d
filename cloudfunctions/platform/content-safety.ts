/**
 * Content safety for text members write (study notes): WeChat's `security.msgSecCheck` (version 2) in
 * production, a word list locally. `review` means WeChat is unsure; we let it through to the human
 * review every note gets anyway.
 * Images members post go through `security.mediaCheckAsync`, whose verdict WeChat sends later: the check
 * answers `review` with the trace id that verdict will carry.
 */
export type SafetyVerdict = 'pass' | 'review' | 'risky';

export interface ImageVerdict {
  verdict: SafetyVerdict;
  traceId: string | null;
}

export interface ContentSafetyPort {
  checkText(text: string, openid: string | null): Promise<SafetyVerdict>;
  /** `url`: where WeChat can fetch the stored image. */
  checkImage(url: string, openid: string | null): Promise<ImageVerdict>;
}

/** Words the local adapter refuses (a stand-in for WeChat's model, enough to exercise the path). */
const LOCAL_BLOCKED_WORDS = ['赌博', '色情', '毒品', '代开发票', '违禁词'];

export const localContentSafety: ContentSafetyPort = {
  async checkText(text) {
    return LOCAL_BLOCKED_WORDS.some((word) => text.includes(word)) ? 'risky' : 'pass';
  },
  // No image model locally: images pass, as they would before WeChat's asynchronous verdict.
  async checkImage() {
    return { verdict: 'pass', traceId: null };
  },
};

interface WxSecurityOpenapi {
  security: {
    msgSecCheck(args: {
      content: string;
      version: 2;
      scene: 1 | 2 | 3 | 4;
      openid: string;
    }): Promise<{ errCode?: number; result?: { suggest?: string } }>;
    mediaCheckAsync(args: {
      mediaUrl: string;
      mediaType: 2;
      version: 2;
      scene: 1 | 2 | 3 | 4;
      openid: string;
    }): Promise<{ errCode?: number; traceId?: string }>;
  };
}

/**
 * WeChat adapter. Version 2 needs the writer's openid (a member signed in without WeChat cannot be checked
 * by WeChat, so their text goes to human review as `review`). Scene 2 = comments.
 */
export function wxContentSafety(openapi: WxSecurityOpenapi): ContentSafetyPort {
  return {
    async checkText(text, openid) {
      if (!openid) return 'review';
      const answer = await openapi.security.msgSecCheck({ content: text, version: 2, scene: 2, openid });
      const suggest = answer.result?.suggest;
      return suggest === 'pass' || suggest === 'review' || suggest === 'risky' ? suggest : 'review';
    },
    async checkImage(url, openid) {
      if (!openid) return { verdict: 'review', traceId: null };
      // mediaType 2 = image. The verdict comes later as a wxa_media_check event carrying the trace id.
      const answer = await openapi.security.mediaCheckAsync({
        mediaUrl: url,
        mediaType: 2,
        version: 2,
        scene: 2,
        openid,
      });
      if (answer.errCode) throw new Error(`mediaCheckAsync failed: ${answer.errCode}`);
      return { verdict: 'review', traceId: answer.traceId ?? null };
    },
  };
}
