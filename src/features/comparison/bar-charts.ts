// The two recharts charts, in one lazily loaded chunk (both wait for recharts' own chunk anyway;
// apart they came to 0.4 kB more compressed).
export { FactorChart } from './factor-chart';
export { YearlyCharts } from './yearly-charts';
