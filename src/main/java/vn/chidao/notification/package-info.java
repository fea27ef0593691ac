/** Notifications: every reminder, overdue notice and escalation the processes send, recorded once per firing. */
package vn.chidao.notification;
