import { useEffect, useState } from 'react';

/**
 * False in the first render, true once the browser has painted it: sections below the first screen wait for it,
 * so the page's first paint, on a slow phone, holds only what is in view. The mini-program draws everything at once.
 */
export function useAfterFirstPaint(): boolean {
  const [painted, setPainted] = useState(process.env.TARO_ENV !== 'h5');
  useEffect(() => {
    if (painted) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // The frame's callback runs just before that paint; a timeout set from it, just after.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setPainted(true), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [painted]);
  return painted;
}
