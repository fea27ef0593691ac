/** Shared infrastructure: the caller's identity, domain errors and their HTTP mapping, time, messages. */
package vn.chidao.base;
