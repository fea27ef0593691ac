/** The adjustable clock of demos, training and black-box tests: moving time forward runs the jobs due by then. */
package vn.chidao.clock;
