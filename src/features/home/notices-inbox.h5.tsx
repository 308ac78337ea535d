import { lazy, Suspense, useState } from 'react';

// The kit's Popup with its transitions and the notices list: code the 首页's first screen does not show.
const NoticesSheet = lazy(() => import('./notices-sheet'));

/** The notices inbox in the browser: its sheet's code downloads the first time it opens, then stays. */
export function NoticesInbox({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [opened, setOpened] = useState(open);
  if (open && !opened) setOpened(true);
  if (!opened) return null;
  return (
    <Suspense fallback={null}>
      <NoticesSheet open={open} onClose={onClose} />
    </Suspense>
  );
}
