import { useEffect, useState } from 'react';
import Taro from '@tarojs/taro';
import { RichText, View } from '@tarojs/components';
import type { ContentDetail } from '@contract/schemas/study';
import { absoluteImages } from '@/lib/transport';
import { citedBody } from './cited-passage';

/** How long the passage a citation names stays highlighted after the page scrolls to it. */
const HIGHLIGHT_MS = 4000;
const CITED_ID = 'cited-passage';

/**
 * In the browser the page scrolls inside the router's own container, which `pageScrollTo` measures from the
 * passage's nearest positioned parent; the element scrolls itself into view instead. The mini-program scrolls
 * the page to the selector.
 */
function scrollToCited() {
  if (process.env.TARO_ENV === 'h5') document.getElementById(CITED_ID)?.scrollIntoView({ block: 'center' });
  else void Taro.pageScrollTo({ selector: `#${CITED_ID}`, duration: 300 }).catch(() => null);
}

/**
 * An item's text. Opened from a citation of 问一问 (`passage`), the page scrolls to the quoted passage and
 * highlights it briefly; the passage keeps its marker so it can still be found.
 */
export function ArticleBody({ detail, passage }: { detail: ContentDetail; passage?: number }) {
  const [highlighted, setHighlighted] = useState(true);
  const cited = passage === undefined ? null : citedBody(detail.summary, detail.body, passage, highlighted);
  const hasCitation = cited !== null;
  useEffect(() => {
    if (!hasCitation) return undefined;
    // After the first paint, so the passage's view exists to scroll to.
    void Taro.nextTick(scrollToCited);
    const timer = setTimeout(() => setHighlighted(false), HIGHLIGHT_MS);
    return () => clearTimeout(timer);
  }, [hasCitation]);

  return (
    <View className="reader__body" data-testid="article-body">
      {cited ? (
        <>
          {cited.before ? <RichText nodes={absoluteImages(cited.before)} /> : null}
          <View id={CITED_ID} data-testid="cited-passage" aria-label="问一问引用的段落">
            <RichText nodes={absoluteImages(cited.from)} />
          </View>
        </>
      ) : (
        <RichText nodes={absoluteImages(detail.body)} />
      )}
    </View>
  );
}
