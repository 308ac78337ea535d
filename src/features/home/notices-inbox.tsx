import NoticesSheet from './notices-sheet';

/**
 * The notices inbox of the 首页. In the mini-program the sheet is part of the page (a mini-program cannot
 * download code later); the browser's build takes notices-inbox.h5.tsx instead, which downloads it when opened.
 */
export const NoticesInbox = NoticesSheet;
