import { useId } from 'react';
import { FACTORS } from '../../domain/document/schema';
import { Button } from '../../components/button';
import { FACTOR_COLORS } from '../../components/palette';
import { useDocumentStore } from '../../store/document-context';
import { useNotify } from '../../store/app-context';
import { useOfferEditor } from './editor-state';
import { importRetrying } from '../../lib/import-retrying';
import './empty-state.css';

const STEPS = [
  {
    title: 'Enter offers',
    text: 'Pay, bonus, equity and vesting, plus how each job rates on growth, culture and balance.',
  },
  {
    title: 'Weigh what matters',
    text: 'Slide the weights until they say what you care about most.',
  },
  {
    title: 'Compare',
    text: 'See the ranking, what drives it and how close the call is.',
  },
] as const;

/** Illustration only: what a ranking looks like, in the app's own colours. */
const PREVIEW = [
  { name: 'Offer A', score: '78.4', parts: [34, 20, 11, 13] },
  { name: 'Offer B', score: '71.9', parts: [26, 22, 9, 15] },
  { name: 'Offer C', score: '64.2', parts: [30, 12, 10, 12] },
] as const;

function RankingPreview() {
  return (
    <div className="welcome-preview" aria-hidden="true">
      <p className="welcome-preview-title">Your ranking</p>
      {PREVIEW.map((row, index) => (
        <div key={row.name} className="welcome-preview-row">
          <span className="welcome-preview-rank">{index + 1}</span>
          <div>
            <span>{row.name}</span>
            <div className="welcome-preview-bar">
              {row.parts.map((part, i) => (
                <span
                  key={FACTORS[i]}
                  style={{ width: `${part}%`, background: FACTOR_COLORS[FACTORS[i] ?? 'growth'] }}
                />
              ))}
            </div>
          </div>
          <span className="welcome-preview-score">{row.score}</span>
        </div>
      ))}
    </div>
  );
}

/** The welcome shown while there are no offers. */
export function OffersEmptyState() {
  const headingId = useId();
  const store = useDocumentStore();
  const notify = useNotify();
  const { openNew } = useOfferEditor();

  const loadExamples = async () => {
    // Loaded when asked for: the examples have no place in the first load.
    const examples = await importRetrying(() => import('../../domain/document/examples')).catch(
      () => null,
    );
    if (examples === null) {
      notify({ message: 'The example offers could not be loaded. Try again.', tone: 'error' });
      return;
    }
    const { withExampleOffers } = examples;
    store.update((document) => withExampleOffers(document, new Date().toISOString()));
    notify({ message: 'Loaded example offers', tone: 'success' });
  };

  return (
    <section className="panel welcome" aria-labelledby={headingId}>
      <div className="welcome-hero">
        <div className="welcome-copy">
          <p className="welcome-eyebrow">Job offer comparison</p>
          <h2 id={headingId}>Choose between job offers with a clear head</h2>
          <p className="welcome-lede">
            Tradeoff puts your offers side by side — pay over the years, equity, growth, culture and
            work-life balance — and ranks them by what matters to you. Everything stays in this
            browser: nothing you type is sent anywhere.
          </p>
          <div className="welcome-actions">
            <Button variant="primary" onClick={openNew}>
              <span aria-hidden="true" className="btn-icon">
                +
              </span>
              Add offer
            </Button>
            <Button onClick={() => openNew(true)}>Paste offer text</Button>
            <Button onClick={loadExamples}>Load example offers</Button>
          </div>
        </div>
        <RankingPreview />
      </div>
      <ol className="welcome-steps">
        {STEPS.map((step, index) => (
          <li key={step.title}>
            <span className="welcome-step-number" aria-hidden="true">
              {index + 1}
            </span>
            <div>
              <h3>{step.title}</h3>
              <p>{step.text}</p>
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
