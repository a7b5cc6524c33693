import { Button } from '../../components/button';
import type { PersistenceStatus } from '../../store/persistence-status';
import { useAppState } from '../../store/app-context';
import { useDocumentStore } from '../../store/document-context';
import { Banner } from './banner';
import { exportJson } from './export-files';

const savedWhen = (savedAt: string | null): string => {
  if (savedAt === null) return '';
  const date = new Date(savedAt);
  if (Number.isNaN(date.getTime())) return '';
  const day = date.toLocaleDateString('en-US', { day: 'numeric', month: 'long', year: 'numeric' });
  const time = date.toLocaleTimeString('en-US', { hour: 'numeric', minute: '2-digit' });
  return `, last saved on ${day} at ${time}`;
};

/**
 * Storage was refused when this tab opened and works now, holding saved
 * offers this tab never showed. What the person did here is only in memory:
 * nothing is saved, and nothing is dropped, until they choose.
 */
export function FoundBanner({ found }: { found: NonNullable<PersistenceStatus['found']> }) {
  const { persistence, notices } = useAppState();
  const store = useDocumentStore();
  const offers = found.offers === 1 ? '1 offer' : `${found.offers} offers`;
  return (
    <Banner tone="warning" title="Your browser’s storage works again">
      <p>
        When this tab opened, the browser did not let Tradeoff use its storage, so what you did here
        is only in this tab. Now it does, and it holds saved data ({offers}
        {savedWhen(found.savedAt)}) that this tab has not shown. Nothing is saved until you choose:
      </p>
      <ul>
        <li>Merge both: the saved offers and this tab’s, together;</li>
        <li>Replace saved offers: this tab’s instead (the saved ones are kept as a backup);</li>
        <li>Use the saved offers: this tab’s changes go, so export them first to keep them.</li>
      </ul>
      <div className="button-row">
        <Button size="sm" onClick={() => persistence.resolveFound('merge')}>
          Merge both
        </Button>
        <Button size="sm" onClick={() => persistence.resolveFound('keep-mine')}>
          Replace saved offers
        </Button>
        <Button size="sm" onClick={() => exportJson(store.get(), notices.notify)}>
          Export this tab’s offers
        </Button>
        <Button size="sm" variant="ghost" onClick={() => persistence.resolveFound('use-saved')}>
          Use the saved offers
        </Button>
      </div>
    </Banner>
  );
}
