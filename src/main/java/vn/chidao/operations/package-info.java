/**
 * What operators watch: health indicators (the job executor, the delivery outbox), the figures a Prometheus
 * server scrapes (open and overdue assignments per government, deliveries, jobs, incidents), and the process
 * engine's incidents with a retry of their failed jobs (EngineIncidents, screen admin/incidents). Nothing depends on it.
 */
package vn.chidao.operations;
