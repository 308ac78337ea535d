import Taro from '@tarojs/taro';

/**
 * WeChat's privacy authorisation: the first time the app calls a privacy API (location, picking a file,
 * the clipboard) WeChat holds the call and asks the app to show its privacy popup; the call goes on only
 * after the user taps an agree button (`open-type="agreePrivacyAuthorization"`), and fails when they
 * decline. Each page's popup subscribes here; the page on top (the last to subscribe) shows the request.
 */
export interface PrivacyRequest {
  /** The API or component that is waiting, e.g. "getLocation". */
  referrer: string;
}

type Resolve = (option: { event: 'exposureAuthorization' | 'agree' | 'disagree'; buttonId?: string }) => void;
type Show = (request: PrivacyRequest | null) => void;

const isWeapp = process.env.TARO_ENV === 'weapp';
const popups: Show[] = [];
let pending: { resolve: Resolve; request: PrivacyRequest } | null = null;
let listening = false;

function listen(): void {
  if (listening || !isWeapp || typeof Taro.onNeedPrivacyAuthorization !== 'function') return;
  listening = true;
  Taro.onNeedPrivacyAuthorization((resolve, eventInfo) => {
    const top = popups[popups.length - 1];
    // With no popup on screen the call must not hang: it fails, as a decline would.
    if (!top) return resolve({ event: 'disagree' });
    pending = { resolve, request: { referrer: eventInfo?.referrer ?? '' } };
    top(pending.request);
    resolve({ event: 'exposureAuthorization' });
  });
}

/** Subscribes a popup; returns the unsubscribe. */
export function watchPrivacyRequests(show: Show): () => void {
  listen();
  popups.push(show);
  return () => {
    const index = popups.indexOf(show);
    if (index >= 0) popups.splice(index, 1);
  };
}

/** Answers the waiting call: agree needs the id of the agree button the user has just tapped. */
export function answerPrivacyRequest(answer: { agreed: true; buttonId: string } | { agreed: false }): void {
  const waiting = pending;
  pending = null;
  if (!waiting) return;
  waiting.resolve(answer.agreed ? { event: 'agree', buttonId: answer.buttonId } : { event: 'disagree' });
}

export function openPrivacyGuide(): void {
  if (!isWeapp) return;
  try {
    Taro.openPrivacyContract({});
  } catch {
    // An old WeChat without the guide page: the popup's own text still says what is collected.
  }
}

/** True for the failure WeChat reports when the user declined (or has not yet agreed to) the privacy guide. */
export function isPrivacyRefusal(error: unknown): boolean {
  const message = (error as { errMsg?: unknown } | null)?.errMsg;
  return typeof message === 'string' && message.includes('privacy permission is not authorized');
}

/** Tells the user, in words, that nothing was done because they declined, and how to go on. */
export function explainPrivacyRefusal(whatWasNotDone: string): void {
  void Taro.showModal({
    title: '未同意隐私保护指引',
    content: `${whatWasNotDone}如需继续，请再操作一次，并在弹出的说明中点“同意”。`,
    showCancel: false,
    confirmText: '知道了',
  });
}
