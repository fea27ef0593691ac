/**
 * The leaders' figures: the official 2×2 split and the overdue heatmap, read from a rollup kept in step with
 * assignments; and the report to the Chairman (.docx) written from them.
 */
package vn.chidao.dashboard;
