/** The deadline watch: reminders, overdue notices, escalation, and the leaders' answer to overdue work (criticisms). */
package vn.chidao.deadline;
