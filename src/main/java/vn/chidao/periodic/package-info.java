/** Periodic reports of ongoing directives (thường xuyên): the lead unit reports every period until it is closed. */
package vn.chidao.periodic;
