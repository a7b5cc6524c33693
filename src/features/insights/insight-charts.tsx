/*
 * The insight charts, loaded on demand (React.lazy) so recharts stays out
 * of the entry chunk. Everything here only renders ready-made rows.
 */
import type { WeightRangeRow, WinChartData } from './insight-rows';
import { WeightRangeChart } from './weight-range-chart';
import { WinChart } from './win-chart';

export { LeaveEarlyChart } from './leave-early-chart';

export interface DecisionChartsProps {
  leader: string;
  leaderColorIndex: number;
  /** `null` when the weights cannot be read that way (a tie at the top). */
  weightRanges: readonly WeightRangeRow[] | null;
  win: WinChartData;
}

export function DecisionCharts({
  leader,
  leaderColorIndex,
  weightRanges,
  win,
}: DecisionChartsProps) {
  return (
    <div className="insight-charts">
      {weightRanges && (
        <WeightRangeChart rows={weightRanges} leader={leader} leaderColorIndex={leaderColorIndex} />
      )}
      <WinChart data={win} />
    </div>
  );
}
