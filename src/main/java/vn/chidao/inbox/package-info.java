/** The caller's open work: every engine task of the groups their roles give them, with its directive or conclusion. */
package vn.chidao.inbox;
