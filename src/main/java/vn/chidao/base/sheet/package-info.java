/** Spreadsheet exports shared by the features that export (register, audit trail): the file, its styles, its download link. */
package vn.chidao.base.sheet;
