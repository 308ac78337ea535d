/**
 * index.html starts the entry page's first call while the app's code is still downloading (its inline script
 * names the URL and body and sends the stored session token). The app's first request of that URL and body,
 * with that same token, takes the answer instead of asking again; any other request leaves it be. It serves
 * one request only.
 */
interface FirstCall {
  url: string;
  body: string;
  token: string | null;
  /** The parsed answer, or null if the request failed (the app then asks itself). */
  answer: Promise<unknown>;
  /** The same answer once it has arrived, so the page can draw it in its very first render. */
  settled?: unknown;
}

type Holder = { __FIRST_CALL__?: FirstCall };

function firstCallFor(url: string, body: string, token: string | null): { holder: Holder; first: FirstCall } | null {
  // Only the H5 page has one; the mini-program has no index.html.
  const holder = typeof window === 'undefined' ? undefined : (window as unknown as Holder);
  const first = holder?.__FIRST_CALL__;
  if (!holder || !first || first.url !== url || first.body !== body || first.token !== token) return null;
  return { holder, first };
}

export async function takeFirstCall(url: string, body: string, token: string | null): Promise<unknown> {
  const match = firstCallFor(url, body, token);
  if (!match) return null;
  match.holder.__FIRST_CALL__ = undefined;
  return match.first.answer;
}

/** The answer if it has already arrived (taking it, like takeFirstCall), else null and the call stays waiting. */
export function takeArrivedFirstCall(url: string, body: string, token: string | null): unknown {
  const match = firstCallFor(url, body, token);
  if (!match || match.first.settled === undefined) return null;
  match.holder.__FIRST_CALL__ = undefined;
  return match.first.settled;
}
