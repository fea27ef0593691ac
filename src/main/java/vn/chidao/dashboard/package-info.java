/** The leaders' figures: the official 2×2 split and the overdue heatmap, read from a rollup kept in step with assignments. */
package vn.chidao.dashboard;
