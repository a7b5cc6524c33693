/*
 * What recharts gets in place of react-is (the chart-scales-only plugin in
 * vite.config.ts): the one question it asks, whether a child is a fragment,
 * answered by React itself.
 */
import { Fragment, isValidElement } from 'react';

/** Whether the value is a <>…</> (React.Fragment) element. */
export const isFragment = (value: unknown): boolean =>
  isValidElement(value) && value.type === Fragment;
