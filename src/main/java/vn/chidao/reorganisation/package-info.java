/**
 * The reorganisation of a government's units (the 2025 reform): units that end, their open work handed over to their
 * successors and their people moved or disabled, units that merge.
 */
package vn.chidao.reorganisation;
