import { useAppState } from '../../store/app-context';
import { useStore } from '../../store/use-store';

export type { EditorTarget } from '../../store/app-state';

/*
 * The Add offer button, the cards and the editor sit in different parts of the
 * page: they share the editor's state through the app's editor store, so every
 * app (and every test) starts with the editor closed.
 */
export const useOfferEditor = () => {
  const { editor } = useAppState();
  const target = useStore(editor, (state) => state.target);
  return {
    target,
    /** `paste === true`: the form opens on "Paste offer text" (a click's event is no `true`). */
    openNew: (paste?: unknown) =>
      editor.update(({ sessions }) => ({
        target: { mode: 'new', session: sessions + 1, paste: paste === true },
        sessions: sessions + 1,
      })),
    openEdit: (offerId: string) =>
      editor.update(({ sessions }) => ({
        target: { mode: 'edit', offerId, session: sessions + 1 },
        sessions: sessions + 1,
      })),
    close: () => editor.update((state) => (state.target ? { ...state, target: null } : state)),
  };
};
