import path from 'node:path';

/**
 * The H5 build the browser tests serve: `dist/h5`, or another copy named by H5_DIST (so a test run can use a
 * build of its own while the working tree is rebuilt).
 */
export const H5_DIST = path.resolve(process.env.H5_DIST ?? 'dist/h5');
