/**
 * Content safety for text members write (study notes): WeChat's `security.msgSecCheck` (version 2) in
 * production, a word list locally. `review` means WeChat is unsure; we let it through to the human
 * review every note gets anyway.
 */
export type SafetyVerdict = 'pass' | 'review' | 'risky';

export interface ContentSafetyPort {
  checkText(text: string, openid: string | null): Promise<SafetyVerdict>;
}

/** Words the local adapter refuses (a stand-in for WeChat's model, enough to exercise the path). */
const LOCAL_BLOCKED_WORDS = ['赌博', '色情', '毒品', '代开发票', '违禁词'];

export const localContentSafety: ContentSafetyPort = {
  async checkText(text) {
    return LOCAL_BLOCKED_WORDS.some((word) => text.includes(word)) ? 'risky' : 'pass';
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
  };
}
