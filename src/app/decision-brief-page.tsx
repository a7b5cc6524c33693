import { DecisionBrief } from '../features/brief/decision-brief';
import { useDocument, useTaxRules } from '../store/document-context';
import { briefDate, selectBrief } from './decision-brief-data';

/** The decision brief of the live document, dated today. Loaded when it is first opened. */
export function DecisionBriefPage({ onClose }: { onClose: () => void }) {
  const brief = selectBrief(useDocument(), useTaxRules(), briefDate(new Date()));
  return <DecisionBrief brief={brief} onClose={onClose} />;
}
