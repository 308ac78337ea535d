import { useEffect, useState } from 'react';
import { readElderMode, subscribeElderMode, writeElderMode } from './elder-mode-store';

/** Every mounted page follows the switch at once, and the choice survives restarts. */
export function useElderMode(): [boolean, (enabled: boolean) => void] {
  const [enabled, setEnabled] = useState(readElderMode);
  useEffect(() => subscribeElderMode(setEnabled), []);
  return [enabled, writeElderMode];
}
