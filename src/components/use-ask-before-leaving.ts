import { useEffect, useEffectEvent } from 'react';

/**
 * While `active`, closing or reloading the tab makes the browser ask "Leave
 * site?" whenever `hasUnsaved()` says something would be lost. Browsers show
 * their own words; the page cannot set them.
 */
export const useAskBeforeLeaving = (active: boolean, hasUnsaved: () => boolean = () => true) => {
  const unsaved = useEffectEvent(hasUnsaved);
  useEffect(() => {
    if (!active) return;
    const ask = (event: BeforeUnloadEvent) => {
      if (!unsaved()) return;
      event.preventDefault();
      // Older browsers ask only when a value is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, [active]);
};
