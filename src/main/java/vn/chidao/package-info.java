/** Chidao: conclusion notices of steering committees become tracked unit tasks on Camunda 7. One package per feature. */
package vn.chidao;
