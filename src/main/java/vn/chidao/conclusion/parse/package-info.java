/** Reading a conclusion notice pasted or uploaded (.docx, .pdf, .txt) into a draft to correct before saving. */
package vn.chidao.conclusion.parse;
