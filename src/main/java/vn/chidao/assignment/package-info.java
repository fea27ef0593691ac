/** One unit's part in a directive: acknowledge, carry out, report, review; its status, timeliness and history. */
package vn.chidao.assignment;
