import pkg from '../../../package.json';

/** The version in package.json, fixed into the build. */
export const VERSION: string = pkg.version;
