/*
 * What recharts' keyboard handling gets in place of its listener (the
 * chart-scales-only plugin in vite.config.ts): recharts moves a chart's
 * tooltip with the arrow keys only in charts with its accessibility layer on,
 * and every recharts chart here turns it off (each has a data table as its
 * text alternative, and its figure is not a tab stop), so its listener
 * returned at once on every key; the chart's focus, blur and key actions are
 * still dispatched, and pass through.
 */

type Action<P> = { type: string; payload: P };

/** An action creator as redux toolkit's createAction makes it, for recharts' dispatches. */
const actionCreator = <P = undefined>(type: string) =>
  Object.assign((payload?: P): Action<P | undefined> => ({ type, payload }), {
    type,
    match: (action: { type?: unknown }) => action.type === type,
    toString: () => type,
  });

export const keyDownAction = actionCreator<string>('keyDown');
export const focusAction = actionCreator('focus');
export const blurAction = actionCreator('blur');

/** Passes every action on, as recharts' listener does with the accessibility layer off. */
export const keyboardEventsMiddleware = {
  middleware: () => (next: (action: unknown) => unknown) => (action: unknown) => next(action),
};
