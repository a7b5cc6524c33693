import type { WeightRangeRow, WinChartData } from './insight-rows';
import { WeightRangeChart } from './weight-range-chart';
import { WinChart } from './win-chart';

export interface DecisionChartsProps {
  leader: string;
  leaderColorIndex: number;
  /** `null` when the weights cannot be read that way (a tie at the top). */
  weightRanges: readonly WeightRangeRow[] | null;
  win: WinChartData;
}

/**
 * How far the weights can move and how often each offer comes first: plain
 * SVG, so they render with the panel and never wait for recharts.
 */
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
