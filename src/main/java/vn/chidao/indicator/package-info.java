/** The provincial DTI's indicators (Decision 922/QĐ-BTTTT) as reference data; depends on base only. */
package vn.chidao.indicator;
