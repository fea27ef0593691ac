/** The task page: one assignment as its unit, the secretariat and the leaders see and act on it, its process drawn. */
package vn.chidao.task;
