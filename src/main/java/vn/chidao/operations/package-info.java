/**
 * What operators watch: health indicators (the job executor, the delivery outbox) and the figures a Prometheus
 * server scrapes (open and overdue assignments per government, deliveries, jobs, incidents). Nothing depends on it.
 */
package vn.chidao.operations;
