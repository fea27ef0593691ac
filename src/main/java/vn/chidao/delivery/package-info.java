/** Deliveries: every notification sent on by email and the government's webhook through an outbox, personal choices, the morning digest. */
package vn.chidao.delivery;
