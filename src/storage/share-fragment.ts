/**
 * The marker of a share link, apart from the codec so that checking
 * `location.hash` at start-up does not load the compression code.
 */
export const SHARE_FRAGMENT_PREFIX = '#data=';

export const hasSharedData = (hash: string): boolean => hash.startsWith(SHARE_FRAGMENT_PREFIX);
