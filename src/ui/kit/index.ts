/** The UI kit: one DOM helper, one table, one bar chart, one number formatter. */
export * from './dom';
export * from './table';
export * from './bar-chart';
export * from './format';
