/*
 * The d3 scales the charts draw with, and all that recharts gets of d3-scale
 * (the chart-scales-only plugin in vite.config.ts): numbers on a linear
 * scale, names in bands (bar charts) or at points (line charts).
 */
export { scaleBand, scaleLinear, scalePoint } from 'victory-vendor/d3-scale';
