/** Files attached to assignments and conclusions: typed from their content, stored with their rows, streamed out. */
package vn.chidao.document;
